using Bot.Pipeline.Delivery;
using Bot.Pipeline.FullText;
using Bot.Pipeline.Matching;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the poller, its schedule (options validated at start) and the dispatchers. Their ports (stores,
    /// rules, sinks) come from elsewhere.
    /// </summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PollScheduleOptions>().Bind(configuration.GetSection(PollScheduleOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PollScheduleOptions>, PollScheduleOptionsValidator>());
        services.AddOptions<FullTextOptions>().Bind(configuration.GetSection(FullTextOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FullTextOptions>, FullTextOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // One compiled rule book for the process, rebuilt only when rules change.
        services.TryAddSingleton<RuleBookProvider>();
        services.TryAddScoped<FullTextReader>();
        services.TryAddScoped<SourcePoller>();
        services.TryAddScoped<AlertDispatcher>();
        services.TryAddScoped<ScheduledPoll>();
        services.TryAddScoped<NoticeDispatcher>();
        services.TryAddScoped<GuildNoticeDispatcher>();
        return services;
    }
}
