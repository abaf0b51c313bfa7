using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Bot.Discord.Rest;

/// <summary>
/// Typed REST calls over one named <see cref="HttpClient"/> whose handlers retry and rate-limit. The token goes in the
/// Authorization header of each request and nowhere else: not in URLs, logs, errors or exceptions.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger) : IDiscordRestClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly DiscordOptions _options = options.Value;
    private readonly string _base = options.Value.ApiBaseUrl.AbsoluteUri.TrimEnd('/');

    public Task<DiscordResult<GatewayBot>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBot, Policy.Default, cancellationToken);

    public Task<DiscordResult<Application>> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "applications/@me", null, DiscordJsonContext.Default.Application, Policy.Default, cancellationToken);

    public Task<DiscordResult<IReadOnlyList<RegisteredCommand>>> BulkOverwriteGlobalCommandsAsync(Snowflake applicationId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/commands", Body(commands, DiscordJsonContext.Default.IReadOnlyListCommandDefinition), DiscordJsonContext.Default.IReadOnlyListRegisteredCommand, Policy.Default, cancellationToken);

    public Task<DiscordResult<IReadOnlyList<RegisteredCommand>>> BulkOverwriteGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", Body(commands, DiscordJsonContext.Default.IReadOnlyListCommandDefinition), DiscordJsonContext.Default.IReadOnlyListRegisteredCommand, Policy.Default, cancellationToken);

    // A callback is never retried after a lost answer: a second one would fail with 40060 anyway.
    public Task<DiscordResult<NoContent>> CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<NoContent>(HttpMethod.Post, $"interactions/{interactionId}/{Escape(interactionToken)}/callback", Body(response, DiscordJsonContext.Default.InteractionResponse), null, Policy.Interaction, cancellationToken);

    public Task<DiscordResult<Message>> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessageEditRequest edit, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{Escape(interactionToken)}/messages/@original", Body(edit, DiscordJsonContext.Default.MessageEditRequest), DiscordJsonContext.Default.Message, Policy.InteractionIdempotent, cancellationToken);

    public Task<DiscordResult<Message>> CreateFollowUpAsync(Snowflake applicationId, string interactionToken, WebhookMessageRequest message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{Escape(interactionToken)}", Body(message, DiscordJsonContext.Default.WebhookMessageRequest), DiscordJsonContext.Default.Message, Policy.Interaction, cancellationToken);

    public Task<DiscordResult<Channel>> GetChannelAsync(Snowflake channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"channels/{channelId}", null, DiscordJsonContext.Default.Channel, Policy.Default, cancellationToken);

    public Task<DiscordResult<Message>> CreateMessageAsync(Snowflake channelId, CreateMessageRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var policy = message is { Nonce: not null, EnforceNonce: true } ? Policy.SafePost : Policy.Default;
        return SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", Body(message, DiscordJsonContext.Default.CreateMessageRequest), DiscordJsonContext.Default.Message, policy, cancellationToken);
    }

    public Task<DiscordResult<Channel>> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, StartThreadRequest thread, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages/{messageId}/threads", Body(thread, DiscordJsonContext.Default.StartThreadRequest), DiscordJsonContext.Default.Channel, Policy.Default, cancellationToken);

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = Json;
        return content;
    }

    private static string Escape(string token) => Uri.EscapeDataString(token);

    private async Task<DiscordResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? body, JsonTypeInfo<T>? resultType, Policy policy, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri($"{_base}/{path}")) { Content = body };
        request.Options.Set(DiscordRequestPolicy.Key, new DiscordRequestPolicy(
            policy.SafeToRetry ?? DiscordRequestPolicy.IsIdempotent(method),
            policy.GlobalExempt));
        if (!policy.GlobalExempt)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (resultType is null || response.StatusCode == HttpStatusCode.NoContent)
                {
                    return DiscordResult.Success<T>(default!);
                }

                var value = await response.Content.ReadFromJsonAsync(resultType, cancellationToken);
                return value is null
                    ? DiscordResult.Failure<T>(DiscordErrorReader.Transport($"{method} {Route(path)}: empty answer"))
                    : DiscordResult.Success<T>(value);
            }

            var error = await DiscordErrorReader.ReadAsync(response, cancellationToken);
            Log.RequestFailed(logger, method.Method, Route(path), (int)response.StatusCode, error.Code, error.Message);
            return DiscordResult.Failure<T>(error);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or JsonException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The exception's own message may quote the URL, and interaction URLs hold tokens: report the route only.
            Log.RequestError(logger, method.Method, Route(path), exception.GetType().Name);
            return DiscordResult.Failure<T>(DiscordErrorReader.Transport($"{method} {Route(path)}: {exception.GetType().Name}"));
        }
    }

    // The route with tokens masked, for logs and errors.
    private static string Route(string path)
    {
        var segments = path.Split('/');
        if (segments.Length > 2 && segments[0] is "webhooks" or "interactions")
        {
            segments[2] = "{token}";
        }

        return string.Join('/', segments);
    }

    private sealed record Policy(bool? SafeToRetry, bool GlobalExempt)
    {
        public static readonly Policy Default = new(null, false);
        public static readonly Policy SafePost = new(true, false);
        public static readonly Policy Interaction = new(false, true);
        public static readonly Policy InteractionIdempotent = new(true, true);
    }
}
