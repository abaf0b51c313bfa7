using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Feeds.Fetching;

/// <summary>Turns the exceptions a fetch can end in into <see cref="FetchResult"/> values.</summary>
internal static class FetchFailures
{
    /// <summary>The result <paramref name="exception"/> stands for, or <see langword="null"/> when it is not an expected failure.</summary>
    /// <param name="exception">What the exchange threw.</param>
    /// <param name="url">The URL being fetched (the current redirect hop).</param>
    /// <param name="options">The settings, for the limits to report.</param>
    /// <param name="timedOut">Whether the fetch's own deadline (not the caller) cancelled it.</param>
    public static FetchResult? Classify(Exception exception, Uri url, FeedHttpOptions options, bool timedOut) => exception switch
    {
        HttpRequestException { InnerException: BlockedAddressException blocked } => new FetchResult.Blocked(blocked.Message),
        HttpRequestException { InnerException: TimeoutException } => new FetchResult.TimedOut(options.ConnectTimeout) { WhileConnecting = true },
        HttpRequestException ex => new FetchResult.NetworkError(ex.HttpRequestError + ": " + ex.Message) { Error = ex.HttpRequestError },
        BrokenCircuitException ex => new FetchResult.HostUnavailable(HostPipelines.HostKey(url), ex.RetryAfter),
        TimeoutRejectedException => new FetchResult.TimedOut(options.Timeout),
        OperationCanceledException when timedOut => new FetchResult.TimedOut(options.Timeout),
        // The connection broke while the body was being read, after the pipeline had returned.
        HttpIOException ex => new FetchResult.NetworkError(ex.HttpRequestError + ": " + ex.Message) { Error = ex.HttpRequestError },
        IOException ex => new FetchResult.NetworkError(HttpRequestError.Unknown + ": " + ex.Message),
        // The body does not decompress as its Content-Encoding says.
        InvalidDataException ex => new FetchResult.NetworkError(HttpRequestError.InvalidResponse + ": " + ex.Message) { Error = HttpRequestError.InvalidResponse },
        _ => null,
    };
}
