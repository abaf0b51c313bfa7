using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.RateLimits;

/// <summary>
/// One bucket (route or learned hash, plus major parameter). Requests in it go one at a time, and each response's
/// headers say how many more may go before the bucket resets.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider timeProvider) : IDisposable
{
    // Headers are rounded to the millisecond and our clock is not Discord's: wait a little past the reset.
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private int? _remaining;
    private long _resetAt;
    private int _users;

    public AsyncLock Turn { get; } = new();

    /// <summary>A request takes the bucket (the limiter calls this under its map lock, so a sweep cannot race it).</summary>
    public void Enter() => Interlocked.Increment(ref _users);

    /// <summary>The request is done with the bucket: its turn is over and its answer's headers are learned.</summary>
    public void Leave() => Interlocked.Decrement(ref _users);

    /// <summary>
    /// No request holds or waits for it and its window has reset, so it knows nothing a fresh bucket would not learn
    /// from the next answer: forgetting it loses no limit.
    /// </summary>
    public bool IsIdle(long now)
    {
        if (Volatile.Read(ref _users) != 0)
        {
            return false;
        }

        lock (_gate)
        {
            return timeProvider.GetElapsedTime(_resetAt, now) >= TimeSpan.Zero;
        }
    }

    /// <summary>How long to wait before the next request may go: zero while requests remain.</summary>
    public TimeSpan Delay()
    {
        lock (_gate)
        {
            if (_remaining is not 0)
            {
                return TimeSpan.Zero;
            }

            var wait = timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), _resetAt);
            if (wait <= TimeSpan.Zero)
            {
                _remaining = null; // the window has reset; the next response says how big it is
                return TimeSpan.Zero;
            }

            return wait;
        }
    }

    /// <summary>Learns Remaining and Reset-After from a response. Returns the bucket hash, when the response named one.</summary>
    public string? Update(HttpResponseHeaders headers)
    {
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        if (remaining is { } r && resetAfter is { } seconds)
        {
            lock (_gate)
            {
                _remaining = (int)r;
                _resetAt = After(TimeSpan.FromSeconds(seconds));
            }
        }

        return headers.TryGetValues("X-RateLimit-Bucket", out var values) ? values.FirstOrDefault() : null;
    }

    /// <summary>After a 429 for this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _remaining = 0;
            _resetAt = After(retryAfter);
        }
    }

    public void Dispose() => Turn.Dispose();

    private long After(TimeSpan delay) =>
        timeProvider.GetTimestamp() + (long)((delay + SafetyMargin).TotalSeconds * timeProvider.TimestampFrequency);

    internal static double? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
