using System.Reflection;
using Bot.Feeds.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>Name of the HTTP client feeds are fetched with.</summary>
    public const string HttpClientName = "feeds";

    /// <summary>Registers the feed fetcher: options (validated at start), and its resilient HTTP client.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedHttpOptions>().Bind(configuration.GetSection(FeedHttpOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedHttpOptions>, FeedHttpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostPipelines>();
        services.TryAddSingleton<IHostTurnBook, LocalHostTurnBook>();
        services.TryAddSingleton<HostGate>();

        services.AddHttpClient<FeedFetcher>(HttpClientName, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<FeedHttpOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent(options.ContactUrl));
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline owns time
            })
            .ConfigurePrimaryHttpMessageHandler(provider => FeedHttpHandler.CreatePrimary(provider.GetRequiredService<IOptions<FeedHttpOptions>>().Value))
            .AddHttpMessageHandler(provider => new ResilienceHandler(provider.GetRequiredService<HostPipelines>()));
        return services;
    }

    /// <summary>An honest User-Agent: the bot's name, version and a page that says who runs it.</summary>
    public static string UserAgent(Uri contactUrl)
    {
        var version = typeof(FeedsServiceCollectionExtensions).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        return $"AttributionWatchBot/{version} (+{contactUrl})";
    }
}
