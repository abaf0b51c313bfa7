using System.Net;
using Bot.Feeds.Fetching;
using Microsoft.Extensions.Options;

namespace Bot.Feeds.Tests.Fetching;

/// <summary>A <see cref="FeedFetcher"/> wired as AddFeeds wires it, with optional stand-in DNS.</summary>
internal sealed class FetcherHarness : IDisposable
{
    private readonly HttpClient _client;
    private readonly HostPipelines _pipelines;
    private readonly HostGate _gate;

    private FetcherHarness(FeedHttpOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve)
    {
        var wrapped = Options.Create(options);
        _pipelines = new HostPipelines(wrapped, TimeProvider.System);
        _gate = new HostGate(wrapped, new LocalHostTurnBook(TimeProvider.System), TimeProvider.System);
        _client = new HttpClient(new ResilienceHandler(_pipelines) { InnerHandler = FeedHttpHandler.CreatePrimary(options, resolve) }) { Timeout = Timeout.InfiniteTimeSpan };
        Fetcher = new FeedFetcher(_client, wrapped, _gate, TimeProvider.System);
    }

    public FeedFetcher Fetcher { get; }

    public static FetcherHarness Create(FeedHttpOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve) => new(options, resolve);

    public void Dispose()
    {
        _client.Dispose();
        _pipelines.Dispose();
        _gate.Dispose();
    }
}
