namespace Bot.Discord.Rest;

/// <summary>Body of an interaction follow-up or an edit of the original response. Flags: 64 = ephemeral (follow-ups).</summary>
public sealed record WebhookMessageRequest(string? Content = null, IReadOnlyList<Embed>? Embeds = null, AllowedMentions? AllowedMentions = null, int? Flags = null);
