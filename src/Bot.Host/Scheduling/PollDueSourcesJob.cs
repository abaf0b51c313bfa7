using System.Runtime.CompilerServices;
using Bot.Core.Sources;
using Bot.Feeds.Fetching;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// Polls every source that is due, several at once. Quartz runs it on one replica at a time (it is clustered and
/// the job disallows concurrent runs); each source is also claimed in the database, so it is never polled twice at
/// once. One source failing, however badly, never stops the others.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PollDueSourcesJob(
    IServiceScopeFactory scopes,
    ISourceScheduleStore schedule,
    IOptions<PollScheduleOptions> options,
    IOptions<FeedHttpOptions> http,
    TimeProvider timeProvider,
    ILogger<PollDueSourcesJob> logger) : IJob
{
    public static readonly JobKey Key = new("poll-due-sources", "polling");

    // Waking delivery takes Quartz's cluster-wide trigger lock; once a second is prompt enough and keeps a busy
    // cycle of thousands of polls from queueing thousands of one-shot triggers.
    private static readonly TimeSpan WakeInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _wake = new();
    private long? _lastWake;
    private bool _wakeOwed;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentPolls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ClaimDueAsync(cancellationToken), parallel, async (due, token) =>
        {
            try
            {
                if (due.DueAt is { } dueAt)
                {
                    Bot.Pipeline.PipelineMetrics.RecordPollLag(timeProvider.GetUtcNow() - dueAt);
                }

                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<ScheduledPoll>().RunAsync(due, token);
                if (outcome.AlertsQueued > 0 && TakeWake())
                {
                    // Deliver now rather than at the next periodic drain.
                    await context.Scheduler.TriggerJob(DeliverAlertsJob.Key, token);
                }
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                // Recording the poll failed (the database?); the claim expires and the source is tried again.
                Log.PollNotRecorded(logger, ex, due.Stored.Source.Name);
            }
        });

        // Alerts queued since the last wake-up are delivered now too, not at the next periodic drain.
        if (_wakeOwed)
        {
            await context.Scheduler.TriggerJob(DeliverAlertsJob.Key, cancellationToken);
        }
    }

    // True when delivery may be woken now; otherwise the wake-up is owed and made at the end of the run.
    private bool TakeWake()
    {
        lock (_wake)
        {
            var now = timeProvider.GetTimestamp();
            if (_lastWake is { } last && timeProvider.GetElapsedTime(last, now) < WakeInterval)
            {
                _wakeOwed = true;
                return false;
            }

            _lastWake = now;
            _wakeOwed = false;
            return true;
        }
    }

    // Claims batches until nothing is due, so sources that fall due while others are being polled are taken too.
    private async IAsyncEnumerable<DueSource> ClaimDueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lease = Lease(options.Value, http.Value);
        while (true)
        {
            var batch = await schedule.ClaimDueAsync(timeProvider.GetUtcNow(), options.Value.MaxConcurrentPolls, lease, cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var due in batch)
            {
                yield return due;
            }
        }
    }

    // Long enough for a poll that waits its turn at a busy host and then uses its whole time budget.
    internal static TimeSpan Lease(PollScheduleOptions schedule, FeedHttpOptions http) => schedule.ClaimGrace + (4 * http.Timeout);
}
