using Bot.Discord.Commands;
using Bot.Discord.Rest;

namespace Bot.Discord.Interactions;

/// <summary>The <c>data</c> of an interaction response: a message (a new one, or an update of a component's), a deferral's flags, or autocomplete choices.</summary>
public sealed record InteractionCallbackData(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    IReadOnlyList<MessageComponent>? Components = null);
