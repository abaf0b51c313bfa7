namespace Bot.Core.Sources;

/// <summary>What the bot knows of a source's recent polls, as stored.</summary>
/// <param name="LastAttemptAt">When it was last polled.</param>
/// <param name="LastSuccessAt">When a poll last succeeded (read or not modified).</param>
/// <param name="HttpStatus">The last HTTP status received, if any.</param>
/// <param name="LastResult">How the last poll ended.</param>
/// <param name="Problem">What went wrong in the last poll, for people.</param>
/// <param name="ItemsSeen">Items in the feed at the last successful read.</param>
/// <param name="ErrorStreak">Failed polls in a row.</param>
/// <param name="FailingSince">When the current run of failures began.</param>
/// <param name="NextDueAt">When it is polled next.</param>
/// <param name="PausedAt">When it was paused after failing too long; <see langword="null"/> while active.</param>
/// <param name="PausedReason">Why it was paused.</param>
public sealed record SourceHealth(
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? LastSuccessAt,
    int? HttpStatus,
    PollResultKind? LastResult,
    string? Problem,
    int? ItemsSeen,
    int ErrorStreak,
    DateTimeOffset? FailingSince,
    DateTimeOffset NextDueAt,
    DateTimeOffset? PausedAt,
    string? PausedReason);
