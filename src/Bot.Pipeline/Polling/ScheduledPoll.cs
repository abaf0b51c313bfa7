using Bot.Core.Sources;
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
    private readonly PollRecords _records = new(new PollSchedule(options.Value, Random.Shared.NextDouble));

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

        var record = _records.For(due, outcome, timeProvider.GetUtcNow());
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
}
