using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Feeds.Fetching;

/// <summary>
/// Politeness per host: at most <see cref="FeedHttpOptions.PerHostConcurrency"/> fetches at once, and request starts
/// at least <see cref="FeedHttpOptions.PerHostDelay"/> apart. Waiting callers queue oldest first.
/// </summary>
public sealed class HostGate(IOptions<FeedHttpOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<string, HostTurns> _hosts = new(StringComparer.Ordinal);

    /// <summary>Waits for a slot and for the host's turn; dispose the result when the exchange is over.</summary>
    public async ValueTask<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(HostPipelines.HostKey(url), static (_, concurrency) => new HostTurns(concurrency), options.Value.PerHostConcurrency);
        var lease = await host.Limiter.AcquireAsync(1, cancellationToken);
        try
        {
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The per-host queue is unbounded, so a lease is always granted.");
            }

            var wait = host.TakeTurn(timeProvider.GetUtcNow(), options.Value.PerHostDelay);
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
        foreach (var host in _hosts.Values)
        {
            host.Limiter.Dispose();
        }
    }

    private sealed class HostTurns(int concurrency)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

        public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = concurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        // Books the next start time and says how long to wait for it.
        public TimeSpan TakeTurn(DateTimeOffset now, TimeSpan spacing)
        {
            lock (_gate)
            {
                var start = now > _nextStart ? now : _nextStart;
                _nextStart = start + spacing;
                return start - now;
            }
        }
    }
}
