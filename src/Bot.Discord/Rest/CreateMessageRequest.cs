namespace Bot.Discord.Rest;

/// <summary>
/// Body of <c>POST /channels/{id}/messages</c>. With <see cref="Nonce"/> and <see cref="EnforceNonce"/> Discord returns
/// the earlier message instead of posting twice, which is what makes a retry after a lost answer safe.
/// </summary>
public sealed record CreateMessageRequest(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    string? Nonce = null,
    bool? EnforceNonce = null,
    int? Flags = null)
{
    /// <summary>A message with a nonce Discord enforces: safe to retry.</summary>
    public static CreateMessageRequest Idempotent(string nonce, string? content = null, IReadOnlyList<Embed>? embeds = null, AllowedMentions? allowedMentions = null) =>
        new(content, embeds, allowedMentions, nonce, EnforceNonce: true);
}
