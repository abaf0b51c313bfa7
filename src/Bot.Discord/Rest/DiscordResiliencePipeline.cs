using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Bot.Discord.Rest;

/// <summary>
/// Retries around the rate limiter: a transient failure (5xx, dropped connection, attempt timeout) is tried again only
/// when a second copy cannot hurt — idempotent methods, or a POST carrying a nonce with enforce_nonce. 4xx never.
/// The attempt timeout is not here but in the limiter, around the exchange itself: a request waiting its turn in a
/// busy bucket is not failing, and timing that wait out would fail (or re-queue) requests that were only queued.
/// </summary>
internal static class DiscordResiliencePipeline
{
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Bot.Discord.Request");

    public static ResiliencePipeline<HttpResponseMessage> Create(DiscordOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = static args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(RequestKey, out var request) && ShouldRetry(request, args.Outcome)),
            });
        }

        return builder.Build();
    }

    /// <summary>Whether this outcome of this request may be tried again.</summary>
    internal static bool ShouldRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome)
    {
        if (!DiscordRequestPolicy.For(request).SafeToRetry)
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result?.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
    }
}
