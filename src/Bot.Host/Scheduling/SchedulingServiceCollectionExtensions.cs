using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    // How often an idle replica looks for triggers another replica made due; short enough for prompt delivery.
    private static readonly TimeSpan IdleWaitTime = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Quartz with its ADO.NET store on the bot's PostgreSQL, clustered (instance id AUTO), schema created when
    /// missing, and the jobs registered in DI so start-up validation covers them.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var section = configuration.GetSection(SchedulingOptions.SectionName);
        services.AddOptions<SchedulingOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>());
        var options = section.Get<SchedulingOptions>() ?? new SchedulingOptions();

        services.TryAddScoped<PollDueSourcesJob>();
        services.TryAddScoped<DeliverAlertsJob>();
        services.TryAddScoped<PruneArticlesJob>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        var retention = configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.SchedulerName;
                scheduler.GenerateInstanceId = true; // "AUTO": each replica gets its own id
                scheduler.IdleWaitTime = IdleWaitTime;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = options.ClusterCheckinInterval;
                    cluster.CheckinMisfireThreshold = options.ClusterCheckinInterval * 2;
                });
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(ado => ado.StoreJobDataAsStrings = true);
            });
            AddPeriodicJob<DeliverAlertsJob>(quartz, DeliverAlertsJob.Key, options.DeliveryInterval);
            AddPeriodicJob<PollDueSourcesJob>(quartz, PollDueSourcesJob.Key, options.DueCheckInterval);
            AddPeriodicJob<PruneArticlesJob>(quartz, PruneArticlesJob.Key, retention.Interval);
        });
        // Sources are saved (and the old per-source triggers removed) before the scheduler starts polling.
        services.AddHostedService<SourceScheduleSynchronizer>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    // A durable job with one trigger repeating every interval; a run missed while the cluster was down is skipped.
    private static void AddPeriodicJob<TJob>(IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TJob : class, IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(key.Name + "-periodic", key.Group)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule
                .WithInterval(interval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
