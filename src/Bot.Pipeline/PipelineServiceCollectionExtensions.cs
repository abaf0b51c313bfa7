using Bot.Core.Matching;
using Bot.Pipeline.Delivery;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Registers the poller and the dispatcher. Their ports (stores, rules, sink) come from elsewhere.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // One compiled rule set for the process, rebuilt only when the rules change.
        services.TryAddSingleton(_ => new RuleSetCache());
        services.TryAddScoped<SourcePoller>();
        services.TryAddScoped<AlertDispatcher>();
        return services;
    }
}
