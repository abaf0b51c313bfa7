using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace Bot.Feeds.Fetching;

/// <summary>
/// One resilience pipeline per host, so each host has its own circuit breaker. A singleton: the breakers' state
/// outlives the HTTP handlers that <c>IHttpClientFactory</c> recycles.
/// </summary>
public sealed class HostPipelines(IOptions<FeedHttpOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    /// <summary>The pipeline for the host of <paramref name="url"/>.</summary>
    public ResiliencePipeline<HttpResponseMessage> For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _registry.GetOrAddPipeline<HttpResponseMessage>(
            HostKey(url),
            (builder, _) => builder.AddPipeline(FeedResiliencePipeline.Create(options.Value, timeProvider)));
    }

    /// <summary>Host and port, lower case: what the breaker, the concurrency limit and politeness are kept per.</summary>
    public static string HostKey(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsDefaultPort ? url.IdnHost.ToLowerInvariant() : url.IdnHost.ToLowerInvariant() + ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _registry.Dispose();
}
