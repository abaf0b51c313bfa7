using Bot.Core.Notices;
using Bot.Core.Sources;
using Bot.Feeds.Fetching;

namespace Bot.Pipeline.Polling;

/// <summary>
/// Turns a poll's outcome into the record stored for its source: health, validators to send next time, the next
/// due time, the error streak, and a pause reason once the source has failed for too long.
/// </summary>
public sealed class PollRecords(PollSchedule schedule)
{
    /// <summary>The health and schedule to store after <paramref name="outcome"/>.</summary>
    public PollRecord For(DueSource due, PollOutcome outcome, DateTimeOffset now)
    {
        var source = due.Stored.Source;
        var kind = PollProblems.Kind(outcome);
        var status = PollProblems.HttpStatus(outcome.Fetch);
        switch (outcome.Fetch)
        {
            case FetchResult.Content content when outcome.Status == PollStatus.Polled:
                return new PollRecord(now, kind, status, null, outcome.ItemsRead, content.Validators.ETag, content.Validators.LastModified,
                    schedule.AfterSuccess(now, source.PollInterval, content.MaxAge, outcome.Hints), 0, null, null);
            case FetchResult.NotModified notModified:
                return new PollRecord(now, kind, status, null, null, notModified.Validators.ETag, notModified.Validators.LastModified,
                    schedule.AfterSuccess(now, source.PollInterval, notModified.MaxAge, outcome.Hints), 0, null, null);
        }

        var streak = due.ErrorStreak + 1;
        var failingSince = due.FailingSince ?? now;
        var retryAfter = outcome.Fetch switch
        {
            FetchResult.HttpError error => error.RetryAfter,
            FetchResult.HostUnavailable host => host.RetryAfter,
            _ => null,
        };
        var problem = outcome.Problem ?? kind.ToString();
        var pause = schedule.ShouldPause(failingSince, now)
            ? $"Paused: {source.Name} has failed for {Math.Round((now - failingSince).TotalHours, 1)} hours ({streak} polls in a row); last problem: {problem}."
            : null;
        return new PollRecord(now, kind, status, problem, null, due.ETag, due.LastModified,
            now + schedule.Backoff(streak, source.PollInterval, retryAfter), streak, failingSince, pause)
        {
            GuildNotice = pause is null ? null : GuildNoticeText.SourcePaused(now - failingSince, streak, PollProblems.ForGuilds(kind, status)),
        };
    }
}
