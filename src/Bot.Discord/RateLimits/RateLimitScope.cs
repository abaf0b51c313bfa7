namespace Bot.Discord.RateLimits;

/// <summary>Whose limit a 429 was about (<c>X-RateLimit-Scope</c>).</summary>
internal enum RateLimitScope
{
    /// <summary>This bot's per-route limit.</summary>
    User,

    /// <summary>This bot's limit across all routes.</summary>
    Global,

    /// <summary>The resource's limit, shared with everyone; not counted as invalid.</summary>
    Shared,

    /// <summary>No rate-limit headers at all: a Cloudflare or IP block.</summary>
    Cloudflare,
}
