using System.Text.Json.Serialization;

namespace Bot.Discord.Rest;

/// <summary>
/// Body of an edit (<c>PATCH /webhooks/{app}/{token}/messages/@original</c>): a field left out keeps its value, a
/// field sent as null clears it — e.g. <c>new MessageEditRequest(Content: null, Embeds: new[] { embed })</c> turns a
/// text reply into an embed. (Collections need a typed array or list: a collection expression has no target here.)
/// </summary>
public sealed record MessageEditRequest(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] Optional<string?> Content = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] Optional<IReadOnlyList<Embed>?> Embeds = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] Optional<AllowedMentions?> AllowedMentions = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] Optional<IReadOnlyList<MessageComponent>?> Components = default)
{
    /// <summary>The edit that finishes a deferred response with a reply: what the reply says is set, the rest left out.</summary>
    public static MessageEditRequest From(WebhookMessageRequest reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new MessageEditRequest(
            reply.Content is { } content ? content : default(Optional<string?>),
            reply.Embeds is { } embeds ? new Optional<IReadOnlyList<Embed>?>(embeds) : default,
            reply.AllowedMentions is { } mentions ? mentions : default(Optional<AllowedMentions?>),
            reply.Components is { } components ? new Optional<IReadOnlyList<MessageComponent>?>(components) : default);
    }
}
