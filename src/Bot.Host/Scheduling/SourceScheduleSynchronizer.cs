using Bot.Core.Sources;
using Bot.Host.Watching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// At start-up, saves the configured sources and gives each a repeating poll trigger in the shared schedule;
/// triggers of sources no longer configured are removed. Replicas starting together converge on the same schedule.
/// </summary>
internal sealed class SourceScheduleSynchronizer(
    ISchedulerFactory schedulerFactory,
    ISourceStore sources,
    IOptions<WatchListOptions> watchList,
    IOptions<PollingOptions> polling,
    ILogger<SourceScheduleSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var configured = new HashSet<JobKey>();
        foreach (var options in watchList.Value.Sources)
        {
            var source = new FeedSource(options.Name, options.Url!, options.Interval ?? polling.Value.DefaultInterval);
            await sources.SaveAsync(source, cancellationToken);
            configured.Add(PollSourceJob.KeyFor(source.Name));
            await ScheduleAsync(scheduler, source, cancellationToken);
        }

        foreach (var stale in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(PollSourceJob.Group), cancellationToken))
        {
            if (!configured.Contains(stale))
            {
                await scheduler.DeleteJob(stale, cancellationToken);
                Log.SourceUnscheduled(logger, stale.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleAsync(IScheduler scheduler, FeedSource source, CancellationToken cancellationToken)
    {
        var triggerKey = PollSourceJob.TriggerKeyFor(source.Name);
        if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ISimpleTrigger existing && existing.RepeatInterval == source.PollInterval)
        {
            return; // keep its phase: replicas restarting must not make every source poll at once
        }

        var job = JobBuilder.Create<PollSourceJob>()
            .WithIdentity(PollSourceJob.KeyFor(source.Name))
            .UsingJobData(PollSourceJob.SourceNameKey, source.Name)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(job)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule
                .WithInterval(source.PollInterval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        Log.SourceScheduled(logger, source.Name, source.PollInterval);
    }
}
