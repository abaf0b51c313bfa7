using Bot.Core.Sources;
using Bot.Feeds.Fetching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Pipeline.Polling;

/// <summary>
/// Polls one claimed source and stores the outcome as its health and next due time: backoff after a failure, a
/// pause (with a notice) after failing too long. Whatever the poll does, it ends in a stored record; only
/// cancellation escapes.
/// </summary>
public sealed class ScheduledPoll(
    SourcePoller poller,
    ISourceScheduleStore schedule,
    IOptions<PollScheduleOptions> options,
    TimeProvider timeProvider,
    ILogger<ScheduledPoll> logger)
{
    private readonly PollSchedule _schedule = new(options.Value, Random.Shared.NextDouble);

    public async Task<PollOutcome> RunAsync(DueSource due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        PollOutcome outcome;
        try
        {
            outcome = await poller.PollAsync(due, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.PollCrashed(logger, ex, due.Stored.Source.Name);
            outcome = PollOutcome.Failed(PollStatus.Crashed, ex.GetType().Name + ": " + ex.Message);
        }

        var record = Record(due, outcome, timeProvider.GetUtcNow());
        await schedule.RecordPollAsync(due.Stored.Id, record, cancellationToken);
        if (record.PauseReason is { } reason)
        {
            Log.SourcePaused(logger, due.Stored.Source.Name, reason);
        }
        else if (!record.Succeeded)
        {
            Log.SourceBackingOff(logger, due.Stored.Source.Name, record.ErrorStreak, record.NextDueAt);
        }

        return outcome;
    }

    /// <summary>The health and schedule to store after <paramref name="outcome"/>.</summary>
    internal PollRecord Record(DueSource due, PollOutcome outcome, DateTimeOffset now)
    {
        var source = due.Stored.Source;
        var kind = PollProblems.Kind(outcome);
        var status = PollProblems.HttpStatus(outcome.Fetch);
        switch (outcome.Fetch)
        {
            case FetchResult.Content content when outcome.Status == PollStatus.Polled:
                return new PollRecord(now, kind, status, null, outcome.ItemsRead, content.Validators.ETag, content.Validators.LastModified,
                    _schedule.AfterSuccess(now, source.PollInterval, content.MaxAge, outcome.Hints), 0, null, null);
            case FetchResult.NotModified notModified:
                return new PollRecord(now, kind, status, null, null, notModified.Validators.ETag, notModified.Validators.LastModified,
                    _schedule.AfterSuccess(now, source.PollInterval, notModified.MaxAge, outcome.Hints), 0, null, null);
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
        var pause = _schedule.ShouldPause(failingSince, now)
            ? $"Paused: {source.Name} has failed for {Math.Round((now - failingSince).TotalHours, 1)} hours ({streak} polls in a row); last problem: {problem}."
            : null;
        return new PollRecord(now, kind, status, problem, null, due.ETag, due.LastModified,
            now + _schedule.Backoff(streak, source.PollInterval, retryAfter), streak, failingSince, pause);
    }
}
