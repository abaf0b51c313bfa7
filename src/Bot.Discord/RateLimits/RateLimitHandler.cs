namespace Bot.Discord.RateLimits;

/// <summary>Puts every request of the Discord HTTP client through the process-wide <see cref="DiscordRateLimiter"/>.</summary>
internal sealed class RateLimitHandler(DiscordRateLimiter limiter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        limiter.SendAsync(request, base.SendAsync, cancellationToken);
}
