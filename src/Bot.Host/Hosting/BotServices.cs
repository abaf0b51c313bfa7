using Bot.Commands;
using Bot.Commands.Status;
using Bot.Core.Alerts;
using Bot.Core.Notices;
using Bot.Core.Sources;
using Bot.Discord;
using Bot.Discord.Gateway;
using Bot.Feeds;
using Bot.Feeds.Fetching;
using Bot.Host.Commands;
using Bot.Host.Delivery;
using Bot.Host.Discord;
using Bot.Host.Fetching;
using Bot.Host.Observability;
using Bot.Host.Scheduling;
using Bot.Host.Watching;
using Bot.Pipeline;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

/// <summary>The composition root: every stage of the pipeline, wired in pipeline order.</summary>
public static class BotServices
{
    /// <summary>
    /// How long shutdown may take before the host gives up on in-flight work. Under 10 seconds with room to spare, so
    /// the process is gone within the 10 seconds a container runtime waits after SIGTERM, even when the database is
    /// down and Quartz keeps retrying its bookkeeping.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(7);

    /// <summary>Registers the whole bot. Storage comes first so the schema is migrated before the scheduler starts.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddObservability(configuration);
        services.AddStorage(connectionString, migrateOnStart: true);
        services.AddWatchList(configuration);
        services.AddFeeds(configuration);
        // Replicas share each host's spacing through the database (see SharedHostTurnBook).
        services.AddSingleton<LocalHostTurnBook>();
        services.Replace(ServiceDescriptor.Singleton<IHostTurnBook, SharedHostTurnBook>());
        services.AddPipeline(configuration);
        services.AddDelivery(configuration);
        services.AddCommands(configuration);
        services.TryAddSingleton<ISourceNoticeSink>(provider =>
            new ConsoleNoticeSink(Console.Out, provider.GetRequiredService<ILogger<ConsoleNoticeSink>>()));
        services.AddScheduling(configuration, connectionString);
        services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = ShutdownTimeout;
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        return services;
    }

    /// <summary>True when a Discord token is configured: then alerts can reach channels and commands are served.</summary>
    public static bool IsDiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(DiscordOptions.SectionName)[nameof(DiscordOptions.Token)]);

    // Alerts for the console are printed; alerts for channels go to Discord when a token is configured. Then the
    // slash commands are served too, the replicas share the gateway through an advisory lock, and readiness includes it.
    private static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(provider => new ConsoleAlertSink(Console.Out, provider.GetRequiredService<ILogger<ConsoleAlertSink>>()));
        var discord = IsDiscordConfigured(configuration);
        if (discord)
        {
            services.TryAddSingleton<IGatewayLease, PostgresGatewayLease>();
            services.AddDiscord(configuration);
            services.TryAddSingleton<DiscordAlertSink>();
            services.TryAddSingleton<IGuildNoticeSink, DiscordNoticeSink>();
            services.AddHealthChecks().AddCheck<GatewayHealthCheck>("gateway", tags: [ObservabilityServer.ReadyTag]);
            services.TryAddScoped<SlashCommandBridge>();
            services.AddDiscordCommand<WatchSlashCommand>();
            services.AddDiscordCommand<ConceptSlashCommand>();
            services.AddDiscordCommand<SourceSlashCommand>();
            services.AddDiscordCommand<AlertsSlashCommand>();
            services.AddDiscordCommand<SearchSlashCommand>();
            services.AddDiscordComponent<SearchPageButtons>();
            services.AddDiscordCommand<StatusSlashCommand>();
            services.TryAddSingleton<IGatewayStatus, DiscordGatewayStatus>();
        }

        services.TryAddSingleton<IGuildNoticeSink, WaitingNoticeSink>();
        services.TryAddSingleton<IAlertSink>(provider => new AlertRouter(
            provider.GetRequiredService<ConsoleAlertSink>(),
            discord ? provider.GetRequiredService<DiscordAlertSink>() : null));
        return services;
    }

    private static IServiceCollection AddWatchList(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WatchListOptions>().Bind(configuration.GetSection(WatchListOptions.SectionName)).ValidateOnStart();
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WatchListOptions>, WatchListOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PollingOptions>, WatchListOptionsValidator>());
        services.AddHostedService<ConfiguredRuleSynchronizer>();
        return services;
    }
}
