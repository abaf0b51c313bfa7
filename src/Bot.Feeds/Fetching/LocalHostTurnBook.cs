using System.Collections.Concurrent;

namespace Bot.Feeds.Fetching;

/// <summary>Host turns booked in this process only: the default, and the fallback when a shared book cannot be reached.</summary>
public sealed class LocalHostTurnBook(TimeProvider timeProvider) : IHostTurnBook
{
    private readonly ConcurrentDictionary<string, NextStart> _hosts = new(StringComparer.Ordinal);

    public ValueTask<TimeSpan> BookAsync(string host, TimeSpan spacing, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_hosts.GetOrAdd(host, static _ => new NextStart()).Take(timeProvider.GetUtcNow(), spacing));

    private sealed class NextStart
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _at = DateTimeOffset.MinValue;

        // Books the next start time and says how long to wait for it.
        public TimeSpan Take(DateTimeOffset now, TimeSpan spacing)
        {
            lock (_gate)
            {
                var start = now > _at ? now : _at;
                _at = start + spacing;
                return start - now;
            }
        }
    }
}
