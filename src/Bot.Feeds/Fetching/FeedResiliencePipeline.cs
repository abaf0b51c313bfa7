using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Bot.Feeds.Fetching;

/// <summary>
/// Builds the feed client's pipeline for one host: total timeout, then retries of GET on transient failures
/// (honouring Retry-After), then the host's circuit breaker, then a timeout per attempt.
/// </summary>
public static class FeedResiliencePipeline
{
    /// <summary>The most a server's Retry-After may make us wait inside one fetch; longer waits are the scheduler's.</summary>
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<HttpResponseMessage> Create(FeedHttpOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(options.Timeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = static args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            });
        }

        if (options.BreakerMinimumThroughput > 0)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                // Every attempt in the window failed: feeds are polled rarely, so one success means the host is up.
                FailureRatio = 1.0,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>Whether a failed attempt is worth another try (and counts against the host's circuit breaker).</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException { InnerException: not BlockedAddressException } or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null || response.RequestMessage?.Method != HttpMethod.Get)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        return status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
    }

    /// <summary>The server's Retry-After, when it sent one we are willing to wait for; otherwise the default backoff.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        ResponseHints.RetryAfter(response, now: null) is { } delay && delay <= MaxRetryAfter ? delay : null;
}
