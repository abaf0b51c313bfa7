using Bot.Feeds.Fetching;
using Bot.Feeds.Scheduling;

namespace Bot.Pipeline.Polling;

/// <summary>What one poll of a source did.</summary>
public sealed record PollOutcome(PollStatus Status, int ItemsRead = 0, int NewArticles = 0, int AlertsQueued = 0, string? Problem = null)
{
    /// <summary>What the fetch returned, when the poll got that far.</summary>
    public FetchResult? Fetch { get; init; }

    /// <summary>Polling hints the feed carried (RSS ttl, skipHours, skipDays).</summary>
    public FeedScheduleHints Hints { get; init; } = FeedScheduleHints.None;

    /// <summary>Article pages of a full-text source whose main text was found in this poll.</summary>
    public int PagesRead { get; init; }

    /// <summary>Article pages that could not be read in this poll; their items kept the summary.</summary>
    public int PagesFailed { get; init; }

    public static PollOutcome Failed(PollStatus status, string problem) => new(status, Problem: problem);
}
