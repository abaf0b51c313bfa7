using System.Net;

namespace Bot.Feeds.Fetching;

/// <summary>The outcome of fetching a feed: expected failures are values, not exceptions.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <summary>The server sent a body.</summary>
    public sealed record Content(ReadOnlyMemory<byte> Body, string? ContentType, Uri FinalUrl) : FetchResult;

    /// <summary>The server answered with an error status.</summary>
    public sealed record HttpError(HttpStatusCode StatusCode) : FetchResult;

    /// <summary>The server could not be reached, or the exchange broke off.</summary>
    public sealed record NetworkError(string Message) : FetchResult;

    /// <summary>No answer within the configured time, retries included.</summary>
    public sealed record TimedOut(TimeSpan After) : FetchResult;

    /// <summary>The body was larger than the configured cap.</summary>
    public sealed record TooLarge(long Limit) : FetchResult;
}
