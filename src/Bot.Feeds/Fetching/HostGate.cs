using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Feeds.Fetching;

/// <summary>
/// Politeness per host: at most <see cref="FeedHttpOptions.PerHostConcurrency"/> fetches at once in this process, and
/// request starts at least <see cref="FeedHttpOptions.PerHostDelay"/> apart, booked in <see cref="IHostTurnBook"/>
/// (shared by the replicas when the host composes a shared book). Waiting callers queue oldest first.
/// </summary>
public sealed class HostGate(IOptions<FeedHttpOptions> options, IHostTurnBook turns, TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _hosts = new(StringComparer.Ordinal);

    /// <summary>Waits for a slot and for the host's turn; dispose the result when the exchange is over.</summary>
    public async ValueTask<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = HostPipelines.HostKey(url);
        var limiter = _hosts.GetOrAdd(key, static (_, concurrency) => NewLimiter(concurrency), options.Value.PerHostConcurrency);
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        try
        {
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The per-host queue is unbounded, so a lease is always granted.");
            }

            var spacing = options.Value.PerHostDelay;
            var wait = spacing > TimeSpan.Zero ? await turns.BookAsync(key, spacing, cancellationToken) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
            }

            return lease;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var limiter in _hosts.Values)
        {
            limiter.Dispose();
        }
    }

    private static ConcurrencyLimiter NewLimiter(int concurrency) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = concurrency,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}
