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
            quartz.AddJob<DeliverAlertsJob>(job => job.WithIdentity(DeliverAlertsJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(DeliverAlertsJob.Key)
                .WithIdentity("deliver-alerts-periodic", DeliverAlertsJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(options.DeliveryInterval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<PollDueSourcesJob>(job => job.WithIdentity(PollDueSourcesJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(PollDueSourcesJob.Key)
                .WithIdentity("poll-due-sources-periodic", PollDueSourcesJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(options.DueCheckInterval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        // Sources are saved (and the old per-source triggers removed) before the scheduler starts polling.
        services.AddHostedService<SourceScheduleSynchronizer>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
