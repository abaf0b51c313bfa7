using Bot.Commands.Alerts;
using Bot.Commands.Concepts;
using Bot.Commands.Search;
using Bot.Commands.Sources;
using Bot.Commands.Status;
using Bot.Commands.Watching;
using Bot.Pipeline.Matching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Commands;

public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the commands and their options (section <c>Bot:Commands</c>, validated at start). Their ports
    /// (<see cref="Core.Watching.IGuildWatchStore"/>, <see cref="Core.Sources.IGuildSourceStore"/>,
    /// <see cref="Core.Watching.IGuildStatusStore"/>; <see cref="IGatewayStatus"/> only with Discord), the feed fetcher and the
    /// <see cref="RuleBookProvider"/> come from storage, feeds and the pipeline.
    /// </summary>
    public static IServiceCollection AddCommands(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CommandsOptions>().Bind(configuration.GetSection(CommandsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommandsOptions>, CommandsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<WatchCommands>();
        services.TryAddScoped<WatchDryRun>();
        services.TryAddScoped<ConceptCommands>();
        services.TryAddScoped<SourceCommands>();
        services.TryAddScoped<AlertCommands>();
        services.TryAddScoped<SearchCommand>();
        services.TryAddScoped<StatusCommand>();
        services.TryAddScoped<CommandRunner>();
        return services;
    }
}
