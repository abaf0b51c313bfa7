namespace Bot.Core.Sources;

/// <summary>The result of one poll, to store as the source's new health and schedule.</summary>
/// <param name="AttemptedAt">When the poll ran.</param>
/// <param name="Result">How it ended.</param>
/// <param name="HttpStatus">The HTTP status received, if any.</param>
/// <param name="Problem">What went wrong, for people; <see langword="null"/> on success.</param>
/// <param name="ItemsSeen">Items in the feed, when it was read.</param>
/// <param name="ETag">ETag to send next time.</param>
/// <param name="LastModified">Last-Modified to send next time.</param>
/// <param name="NextDueAt">When to poll next.</param>
/// <param name="ErrorStreak">Failed polls in a row, this one included.</param>
/// <param name="FailingSince">When the current run of failures began; <see langword="null"/> after a success.</param>
/// <param name="PauseReason">Set when this poll pauses the source: the reason, for the operator and the notice.</param>
public sealed record PollRecord(
    DateTimeOffset AttemptedAt,
    PollResultKind Result,
    int? HttpStatus,
    string? Problem,
    int? ItemsSeen,
    string? ETag,
    string? LastModified,
    DateTimeOffset NextDueAt,
    int ErrorStreak,
    DateTimeOffset? FailingSince,
    string? PauseReason)
{
    /// <summary>
    /// Set with <see cref="PauseReason"/>: the notice for the guilds that use the source, with the placeholders of
    /// <see cref="Notices.GuildNoticeText"/> left for storage to fill per guild. It names the kind of failure only
    /// (never a URL, which may carry a key).
    /// </summary>
    public string? GuildNotice { get; init; }

    public bool Succeeded => Result is PollResultKind.Ok or PollResultKind.NotModified;
}
