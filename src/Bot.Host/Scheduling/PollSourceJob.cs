using Bot.Pipeline.Polling;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>Polls one source. One job per source, so the cluster never polls a source twice at once.</summary>
[DisallowConcurrentExecution]
public sealed class PollSourceJob(SourcePoller poller) : IJob
{
    public const string Group = "poll-source";
    public const string SourceNameKey = "source";

    public static JobKey KeyFor(string sourceName) => new(sourceName, Group);

    public static TriggerKey TriggerKeyFor(string sourceName) => new(sourceName, Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sourceName = context.MergedJobDataMap.GetString(SourceNameKey)
            ?? throw new JobExecutionException($"Job {context.JobDetail.Key} has no '{SourceNameKey}' in its data.");
        Bot.Pipeline.PipelineMetrics.RecordPollLag(context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
        var outcome = await poller.PollAsync(sourceName, cancellationToken);
        if (outcome.AlertsQueued > 0)
        {
            // Deliver now rather than at the next periodic drain.
            await context.Scheduler.TriggerJob(DeliverAlertsJob.Key, cancellationToken);
        }
    }
}
