using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit.Discord;

/// <summary>
/// Discord's limits as the fake enforces them: fixed-window buckets per route hash and major parameter, announced in
/// X-RateLimit-* headers, and a global N-per-second limit (interaction callbacks and follow-ups exempt).
/// </summary>
internal sealed class FakeRateLimiter(FakeDiscordOptions options)
{
    public const string MessageCreateRoute = "POST /channels/{id}/messages";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<double> _global = new();

    /// <summary>Null when the request may go on; else the 429's scope and retry_after.</summary>
    public (string Scope, double RetryAfter)? Check(string route, string major, bool globalExempt, IHeaderDictionary headers)
    {
        var (hash, limit, window) = Describe(route);
        lock (_gate)
        {
            // Read the clock under the lock: a request is judged by the moment it is counted, so one that lost the
            // race for the lock is never weighed against requests that were counted after it arrived (Discord
            // counts a request once, when it serves it; a stale time here made the fake refuse well-paced clients).
            var now = options.TimeProvider.GetTimestamp() / (double)options.TimeProvider.TimestampFrequency;
            if (!globalExempt)
            {
                while (_global.Count > 0 && now - _global.Peek() >= 1.0)
                {
                    _global.Dequeue();
                }

                if (_global.Count >= options.GlobalLimit)
                {
                    return ("global", Math.Max(0.001, _global.Peek() + 1.0 - now));
                }
            }

            if (!_buckets.TryGetValue($"{hash}:{major}", out var bucket))
            {
                bucket = new Bucket { Remaining = limit, ResetAt = now + window.TotalSeconds };
                _buckets[$"{hash}:{major}"] = bucket;
            }

            if (now >= bucket.ResetAt)
            {
                bucket.Remaining = limit;
                bucket.ResetAt = now + window.TotalSeconds;
            }

            var resetAfter = bucket.ResetAt - now;
            headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Bucket"] = hash;
            headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = (options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0 + resetAfter).ToString("0.000", CultureInfo.InvariantCulture);
            if (bucket.Remaining == 0)
            {
                headers["X-RateLimit-Remaining"] = "0";
                return ("user", resetAfter);
            }

            bucket.Remaining--;
            headers["X-RateLimit-Remaining"] = bucket.Remaining.ToString(CultureInfo.InvariantCulture);
            if (!globalExempt)
            {
                _global.Enqueue(now);
            }

            return null;
        }
    }

    private (string Hash, int Limit, TimeSpan Window) Describe(string route) =>
        route == MessageCreateRoute
            ? ("80c17d2f203122d936070c88c8d10f33", options.MessageRouteLimit, options.MessageRouteWindow)
            : (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(route))[..16]), options.DefaultRouteLimit, options.DefaultRouteWindow);

    private sealed class Bucket
    {
        public int Remaining { get; set; }

        public double ResetAt { get; set; }
    }
}
