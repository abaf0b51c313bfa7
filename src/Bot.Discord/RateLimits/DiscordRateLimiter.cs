using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Bot.Discord.Rest;

namespace Bot.Discord.RateLimits;

/// <summary>
/// Keeps every request inside Discord's limits: per bucket (route + major parameter, re-keyed by the learned
/// <c>X-RateLimit-Bucket</c>), globally (N per second, interaction callbacks exempt), and away from the invalid-request
/// ban. A 429 is waited out and the same request sent again; 401 and 403 never are. One per process (a singleton):
/// the HTTP handler that calls it is recycled by the client factory, the limits must not be.
/// </summary>
internal sealed class DiscordRateLimiter : IDisposable
{
    /// <summary>Marks a 429 made here, without sending (too many invalid requests lately).</summary>
    public const string LocalLimitHeader = "X-Bot-Local-Limit";

    /// <summary>How often idle buckets are looked for (on the next request after this much time).</summary>
    internal static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private const int MaxRateLimitRetries = 3;

    // Both maps under _mapGate. Route template -> learned hash stays small (one entry per route the client calls);
    // buckets grow with every channel, guild and webhook posted to, so idle ones are swept.
    private readonly Lock _mapGate = new();
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly DiscordOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly GlobalRateLimiter _global;
    private readonly GlobalRateLimiter _slowLane;
    private long _lastSweep;

    public DiscordRateLimiter(IOptions<DiscordOptions> options, TimeProvider timeProvider, ILogger<DiscordRateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _global = new GlobalRateLimiter(_options.GlobalRequestsPerSecond, timeProvider);
        _slowLane = new GlobalRateLimiter(1, timeProvider);
        InvalidRequests = new InvalidRequestCounter(timeProvider);
        _lastSweep = timeProvider.GetTimestamp();
    }

    public InvalidRequestCounter InvalidRequests { get; }

    /// <summary>Buckets currently tracked (by route and by learned hash); for tests and diagnostics.</summary>
    internal int BucketCount
    {
        get
        {
            lock (_mapGate)
            {
                return _buckets.Values.Distinct().Count();
            }
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(send);
        var route = DiscordRoute.Parse(request.Method, DiscordRoute.RelativePath(request.RequestUri!, _options.ApiBaseUrl));
        var policy = DiscordRequestPolicy.For(request);
        for (var attempt = 0; ; attempt++)
        {
            var invalid = InvalidRequests.Count;
            if (invalid >= _options.InvalidRequestLimit)
            {
                Log.InvalidRequestLimitReached(_logger, invalid, route.Template);
                return RateLimitResponses.LocalLimit(request);
            }

            // Over the threshold: one request at a time, each a second after the last answer, until the window forgets.
            using var slowLane = invalid >= _options.InvalidRequestSlowDownThreshold ? await _slowLane.WaitAsync(exempt: false, cancellationToken) : default;

            var bucket = EnterBucket(route);
            (HttpResponseMessage Response, bool Again) outcome;
            try
            {
                outcome = await SendInBucketAsync(request, send, route, policy, bucket, attempt, cancellationToken);
            }
            finally
            {
                bucket.Leave();
            }

            if (!outcome.Again)
            {
                return outcome.Response;
            }

            outcome.Response.Dispose();
        }
    }

    // One attempt in the bucket's turn. Again: a 429 that is worth waiting out and sending once more.
    private async Task<(HttpResponseMessage Response, bool Again)> SendInBucketAsync(
        HttpRequestMessage request,
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        DiscordRoute route,
        DiscordRequestPolicy policy,
        RateLimitBucket bucket,
        int attempt,
        CancellationToken cancellationToken)
    {
        using (await bucket.Turn.AcquireAsync(cancellationToken))
        {
            // Checked again after each wait: a timer may fire a little early.
            for (var wait = bucket.Delay(); wait > TimeSpan.Zero; wait = bucket.Delay())
            {
                Log.BucketWait(_logger, route.Template, wait.TotalMilliseconds);
                await Task.Delay(wait, _timeProvider, cancellationToken);
            }

            HttpResponseMessage response;
            using (await _global.WaitAsync(policy.GlobalExempt, cancellationToken))
            {
                response = await SendTimedAsync(request, send, cancellationToken);
            }

            if (bucket.Update(response.Headers) is { } hash)
            {
                Learn(route, hash, bucket);
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    InvalidRequests.Add();
                }

                return (response, false);
            }

            var (scope, retryAfter) = await RateLimitResponses.ReadAsync(response, cancellationToken);
            if (scope != RateLimitScope.Shared)
            {
                InvalidRequests.Add();
            }

            switch (scope)
            {
                case RateLimitScope.Global or RateLimitScope.Cloudflare:
                    _global.Pause(retryAfter);
                    break;
                default:
                    bucket.Block(retryAfter);
                    break;
            }

            Log.RateLimited(_logger, route.Template, scope.ToString(), retryAfter.TotalMilliseconds);
            DiscordMetrics.RecordRateLimited(RateLimitResponses.Tag(scope));

            // A Cloudflare block is not a limit: do not knock again.
            return (response, scope != RateLimitScope.Cloudflare && attempt < MaxRateLimitRetries);
        }
    }

    // RequestTimeout bounds the exchange only, never the waits for a bucket or the global limit before it.
    private async Task<HttpResponseMessage> SendTimedAsync(
        HttpRequestMessage request,
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await send(request, linked.Token);
            DiscordMetrics.RecordRequest((int)response.StatusCode);
            return response;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            DiscordMetrics.RecordRequest(null);
            throw new TimeoutRejectedException($"No answer from Discord within {_options.RequestTimeout}.", _options.RequestTimeout);
        }
        catch (HttpRequestException)
        {
            DiscordMetrics.RecordRequest(null);
            throw;
        }
    }

    // Finds (or makes) the route's bucket and takes it, in one step under the map lock: a sweep never removes a bucket
    // between a request finding it and using it, so two buckets for one key cannot both let requests through.
    private RateLimitBucket EnterBucket(DiscordRoute route)
    {
        lock (_mapGate)
        {
            var now = _timeProvider.GetTimestamp();
            if (_timeProvider.GetElapsedTime(_lastSweep, now) >= SweepInterval)
            {
                Sweep(now);
            }

            var routeKey = $"{route.Template}:{route.Major}";
            var key = _hashes.TryGetValue(route.Template, out var hash) ? $"{hash}:{route.Major}" : routeKey;
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                // The hash may have been learned from another major parameter while this one's first request, in a
                // bucket made under the route, still waits for its answer: join that bucket rather than open a second.
                if (key == routeKey || !_buckets.TryGetValue(routeKey, out bucket))
                {
                    bucket = new RateLimitBucket(_timeProvider);
                }

                _buckets[key] = bucket;
            }

            bucket.Enter();
            return bucket;
        }
    }

    // Routes sharing a hash share a limit: from now on this route and major parameter use the bucket under the hash.
    private void Learn(DiscordRoute route, string hash, RateLimitBucket bucket)
    {
        lock (_mapGate)
        {
            _hashes[route.Template] = hash;
            _buckets.TryAdd($"{hash}:{route.Major}", bucket);
        }
    }

    // Forgets buckets nobody uses whose window has reset; a bucket may sit under two keys (route and hash), both go.
    private void Sweep(long now)
    {
        _lastSweep = now;
        var idle = _buckets.Where(entry => entry.Value.IsIdle(now)).ToList();
        foreach (var (key, _) in idle)
        {
            _buckets.Remove(key);
        }

        foreach (var bucket in idle.Select(entry => entry.Value).Distinct())
        {
            bucket.Dispose();
        }
    }

    public void Dispose()
    {
        lock (_mapGate)
        {
            foreach (var bucket in _buckets.Values.Distinct())
            {
                bucket.Dispose();
            }
        }
    }
}
