using Bot.Core.Watching;

namespace Bot.Core.Notices;

/// <summary>A notice for a guild's moderators, taken from the outbox for delivery to one of its channels.</summary>
/// <param name="Id">Outbox id; stable across attempts, so the post can carry a nonce Discord enforces.</param>
/// <param name="Guild">The guild told.</param>
/// <param name="ChannelId">The channel it goes to: one of the guild's alert channels.</param>
/// <param name="Kind">What happened (<see cref="GuildNoticeKinds"/>).</param>
/// <param name="Subject">What it is about: the source (under the guild's name for it) or the refused channel.</param>
/// <param name="Message">The text, in English: the pipeline does not know a guild's language.</param>
/// <param name="CreatedAt">When the pause that caused it happened.</param>
public sealed record GuildNotice(long Id, GuildId Guild, ulong ChannelId, string Kind, string Subject, string Message, DateTimeOffset CreatedAt)
{
    /// <summary>Delivery attempts made before this one.</summary>
    public int Attempts { get; init; }
}
