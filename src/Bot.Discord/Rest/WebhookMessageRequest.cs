namespace Bot.Discord.Rest;

/// <summary>
/// A reply to an interaction: the callback's message, or a follow-up's body. Null fields are left out (a new message
/// has nothing to clear; edits use <see cref="MessageEditRequest"/>). Flags: 64 = ephemeral. Components: action rows of buttons.
/// </summary>
public sealed record WebhookMessageRequest(
    string? Content = null, IReadOnlyList<Embed>? Embeds = null, AllowedMentions? AllowedMentions = null, int? Flags = null, IReadOnlyList<MessageComponent>? Components = null);
