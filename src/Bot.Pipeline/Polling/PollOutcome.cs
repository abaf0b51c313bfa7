namespace Bot.Pipeline.Polling;

/// <summary>What one poll of a source did.</summary>
public sealed record PollOutcome(PollStatus Status, int ItemsRead = 0, int NewArticles = 0, int AlertsQueued = 0, string? Problem = null)
{
    public static PollOutcome Failed(PollStatus status, string problem) => new(status, Problem: problem);
}
