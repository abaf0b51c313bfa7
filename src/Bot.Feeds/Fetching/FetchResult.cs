using System.Net;

namespace Bot.Feeds.Fetching;

/// <summary>The outcome of fetching a feed: expected failures are values, not exceptions.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <summary>The server sent a body.</summary>
    public sealed record Content(ReadOnlyMemory<byte> Body, string? ContentType, Uri FinalUrl) : FetchResult
    {
        /// <summary>Validators to send with the next request of this feed (conditional GET).</summary>
        public CacheValidators Validators { get; init; } = CacheValidators.None;

        /// <summary>How long the server says the response stays fresh (Cache-Control max-age), when it says so.</summary>
        public TimeSpan? MaxAge { get; init; }
    }

    /// <summary>The feed has not changed since the validators we sent (HTTP 304).</summary>
    public sealed record NotModified(CacheValidators Validators, TimeSpan? MaxAge) : FetchResult;

    /// <summary>The server answered with an error status; <paramref name="RetryAfter"/> is its Retry-After, if any.</summary>
    public sealed record HttpError(HttpStatusCode StatusCode, TimeSpan? RetryAfter = null) : FetchResult;

    /// <summary>The server could not be reached, or the exchange broke off.</summary>
    public sealed record NetworkError(string Message) : FetchResult
    {
        /// <summary>What failed: name resolution, connection, TLS …</summary>
        public HttpRequestError Error { get; init; } = HttpRequestError.Unknown;
    }

    /// <summary>No answer within the configured time, retries included.</summary>
    public sealed record TimedOut(TimeSpan After) : FetchResult
    {
        /// <summary>Whether the time ran out while connecting (rather than waiting for or reading the response).</summary>
        public bool WhileConnecting { get; init; }
    }

    /// <summary>The body was larger than the configured cap.</summary>
    public sealed record TooLarge(long Limit) : FetchResult;

    /// <summary>The SSRF guard refused to connect: the host is, or resolves to, an address that is not allowed.</summary>
    public sealed record Blocked(string Reason) : FetchResult;

    /// <summary>The redirects went in a circle, or there were more than the configured limit, or to a non-http URL.</summary>
    public sealed record RedirectFailed(string Reason, bool Loop) : FetchResult;

    /// <summary>Recent requests to this host kept failing, so none is sent for a while (circuit breaker open).</summary>
    public sealed record HostUnavailable(string Host, TimeSpan? RetryAfter) : FetchResult;
}
