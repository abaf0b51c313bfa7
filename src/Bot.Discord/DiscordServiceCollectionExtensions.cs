using System.Net;
using System.Reflection;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.RateLimits;
using Bot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Name of the HTTP client REST calls go through.</summary>
    public const string HttpClientName = "discord";

    /// <summary>
    /// Registers the Discord client: options (section <c>Discord</c>, validated at start), the REST client with its
    /// retry and rate-limit handlers, the gateway and the hosted service running it, interaction dispatch and command
    /// registration (hashes in memory unless an <see cref="ICommandRegistrationStore"/> is registered first). With
    /// several replicas, register an <see cref="IGatewayLease"/> first so only one holds each shard.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddTransient<RateLimitHandler>();
        services.AddHttpClient<IDiscordRestClient, DiscordRestClient>(HttpClientName, (provider, client) =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent());
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline owns time
            })
            .RemoveAllLoggers() // the factory's loggers print URLs, and interaction URLs carry tokens; we log routes ourselves
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddHttpMessageHandler(provider => new TransientRetryHandler(DiscordResiliencePipeline.Create(
                provider.GetRequiredService<IOptions<DiscordOptions>>().Value,
                provider.GetRequiredService<TimeProvider>())))
            .AddHttpMessageHandler<RateLimitHandler>();

        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<DispatchQueue>();
        services.TryAddSingleton<GatewayClient>();
        services.TryAddSingleton(provider => provider.GetRequiredService<GatewayClient>().Counters);
        services.TryAddSingleton<IGatewayLease, SingleProcessGatewayLease>();
        // Public for the host's readiness check, built here because its parts are internal.
        services.TryAddSingleton(provider => new DiscordGatewayService(
            provider.GetRequiredService<GatewayClient>(),
            provider.GetRequiredService<CommandRegistrar>(),
            provider.GetRequiredService<IDiscordRestClient>(),
            provider.GetRequiredService<IGatewayLease>(),
            provider.GetRequiredService<IOptions<DiscordOptions>>(),
            provider.GetRequiredService<IHostApplicationLifetime>(),
            provider.GetRequiredService<ILogger<DiscordGatewayService>>()));
        services.AddHostedService(provider => provider.GetRequiredService<DiscordGatewayService>());

        services.TryAddSingleton<InteractionDeduplicator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGatewayDispatchHandler, InteractionDispatcher>());
        services.TryAddSingleton<ICommandRegistrationStore, InMemoryCommandRegistrationStore>();
        services.TryAddSingleton<CommandRegistrar>();
        return services;
    }

    /// <summary>Adds a slash command: its definition is registered at start-up, its handler runs per interaction (scoped).</summary>
    public static IServiceCollection AddDiscordCommand<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICommandHandler, THandler>());
        return services;
    }

    /// <summary>Adds a handler for message components (buttons) whose custom id starts with its prefix; scoped, like commands.</summary>
    public static IServiceCollection AddDiscordComponent<THandler>(this IServiceCollection services)
        where THandler : class, IComponentHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IComponentHandler, THandler>());
        return services;
    }

    /// <summary><c>DiscordBot (url, version)</c>, the form Discord requires.</summary>
    public static string UserAgent()
    {
        var assembly = typeof(DiscordServiceCollectionExtensions).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        var url = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
            ?? "https://github.com/attribution-watch/bot";
        return $"DiscordBot ({url}, {version})";
    }
}
