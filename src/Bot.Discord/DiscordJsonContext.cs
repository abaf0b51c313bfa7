using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Rest;

namespace Bot.Discord;

/// <summary>Source-generated JSON for every payload: snake_case names, nulls left out (except a gateway command's <c>d</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(GatewayBot))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(CreateMessageRequest))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(WebhookMessageRequest))]
[JsonSerializable(typeof(MessageEditRequest))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(IReadOnlyList<CommandDefinition>))]
[JsonSerializable(typeof(IReadOnlyList<RegisteredCommand>))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(GatewayCommand<JsonElement>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]

// The value types inside Optional<T> fields: their converter asks the context for them, and the generator does not
// look inside a type that has its own converter.
[JsonSerializable(typeof(IReadOnlyList<Embed>))]
[JsonSerializable(typeof(AllowedMentions))]
[JsonSerializable(typeof(IReadOnlyList<MessageComponent>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
