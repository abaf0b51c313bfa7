using Bot.Core.Sources;
using Bot.Host.Watching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// At start-up, makes the database the source list: configured sources are saved (or, when none is configured and
/// none was imported, the starter list), configured and starter sources no longer listed are retired, imported
/// ones are kept. <see cref="PollDueSourcesJob"/> then polls every enabled source as it falls due. Triggers of the
/// earlier one-job-per-source schedule are removed. Runs before the scheduler starts.
/// </summary>
internal sealed class SourceScheduleSynchronizer(
    ISchedulerFactory schedulerFactory,
    ISourceStore sources,
    IOptions<WatchListOptions> watchList,
    IOptions<PollingOptions> polling,
    ILogger<SourceScheduleSynchronizer> logger) : IHostedService
{
    /// <summary>The job group of the schedule before polls were driven from the database.</summary>
    internal const string LegacyPollGroup = "poll-source";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (listed, origin) = await ListedSourcesAsync(cancellationToken);
        foreach (var source in listed)
        {
            await sources.SaveAsync(source, origin, cancellationToken);
            Log.SourceScheduled(logger, source.Name, source.PollInterval);
        }

        foreach (var retired in await sources.RetireAsync([.. listed.Select(s => s.Name)], cancellationToken))
        {
            Log.SourceUnscheduled(logger, retired);
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.DeleteJobs([.. await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(LegacyPollGroup), cancellationToken)], cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<(IReadOnlyList<FeedSource> Sources, SourceOrigin Origin)> ListedSourcesAsync(CancellationToken cancellationToken)
    {
        var interval = polling.Value.DefaultInterval;
        if (watchList.Value.Sources.Count > 0)
        {
            return ([.. watchList.Value.Sources.Select(o => new FeedSource(o.Name, o.Url!, o.Interval ?? interval) { Language = o.Language, FullText = o.FullText })], SourceOrigin.Configuration);
        }

        var stored = await sources.ListAsync(cancellationToken);
        if (stored.Any(s => s.Enabled && s.Origin == SourceOrigin.Import))
        {
            return ([], SourceOrigin.Configuration);
        }

        return (OpmlSources.ToSources(OpmlSources.Starter(), interval), SourceOrigin.Starter);
    }
}
