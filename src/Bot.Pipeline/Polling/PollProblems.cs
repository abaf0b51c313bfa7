using Bot.Core.Sources;
using Bot.Feeds.Fetching;

namespace Bot.Pipeline.Polling;

/// <summary>Names what a poll ran into: the stored result kind, the HTTP status, and a sentence for people.</summary>
public static class PollProblems
{
    /// <summary>The result kind to store for <paramref name="outcome"/>.</summary>
    public static PollResultKind Kind(PollOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            PollStatus.Polled => PollResultKind.Ok,
            PollStatus.NotModified => PollResultKind.NotModified,
            PollStatus.ParseFailed => PollResultKind.ParseError,
            PollStatus.FetchFailed when outcome.Fetch is { } fetch => Kind(fetch),
            _ => PollResultKind.InternalError,
        };
    }

    /// <summary>The HTTP status the poll received, when it received one.</summary>
    public static int? HttpStatus(FetchResult? fetch) => fetch switch
    {
        FetchResult.Content => 200,
        FetchResult.NotModified => 304,
        FetchResult.HttpError error => (int)error.StatusCode,
        _ => null,
    };

    /// <summary>A short account of a failed fetch, such as "HTTP 404 NotFound".</summary>
    public static string Describe(FetchResult result) => result switch
    {
        FetchResult.HttpError e => $"HTTP {(int)e.StatusCode} {e.StatusCode}" + (e.RetryAfter is { } wait ? $", retry after {wait}" : string.Empty),
        FetchResult.NetworkError e => $"network error: {e.Message}",
        FetchResult.TimedOut { WhileConnecting: true } e => $"could not connect within {e.After}",
        FetchResult.TimedOut e => $"no complete answer within {e.After}",
        FetchResult.TooLarge e => $"response larger than {e.Limit} bytes",
        FetchResult.Blocked e => $"address not allowed: {e.Reason}",
        FetchResult.RedirectFailed e => e.Reason,
        FetchResult.HostUnavailable e => $"{e.Host} failed repeatedly; requests to it are paused for a while",
        _ => result.GetType().Name,
    };

    /// <summary>
    /// The failure as guilds are told it: its kind and HTTP status only, in a few words. Problems for operators may
    /// quote URLs and exception text, which can carry keys; these never do.
    /// </summary>
    public static string ForGuilds(PollResultKind kind, int? httpStatus) => kind switch
    {
        PollResultKind.HttpError when httpStatus is { } code => $"HTTP {code} ({(System.Net.HttpStatusCode)code})",
        PollResultKind.HttpError => "an HTTP error",
        PollResultKind.DnsError => "DNS: the host name does not resolve",
        PollResultKind.ConnectError => "the server refused the connection",
        PollResultKind.TlsError => "TLS: the secure connection failed (certificate or protocol)",
        PollResultKind.NetworkError => "a network error",
        PollResultKind.ConnectTimeout => "no connection in time",
        PollResultKind.Timeout => "no complete answer in time",
        PollResultKind.TooLarge => "the feed is too large",
        PollResultKind.Blocked => "the address is not allowed (a private or local network)",
        PollResultKind.RedirectLoop => "a redirect loop",
        PollResultKind.TooManyRedirects => "too many redirects",
        PollResultKind.HostUnavailable => "the site kept failing",
        PollResultKind.ParseError => "parse error: not a feed the bot can read",
        _ => "an internal error",
    };

    private static PollResultKind Kind(FetchResult fetch) => fetch switch
    {
        FetchResult.HttpError => PollResultKind.HttpError,
        FetchResult.NetworkError { Error: HttpRequestError.NameResolutionError } => PollResultKind.DnsError,
        FetchResult.NetworkError { Error: HttpRequestError.ConnectionError } => PollResultKind.ConnectError,
        FetchResult.NetworkError { Error: HttpRequestError.SecureConnectionError } => PollResultKind.TlsError,
        FetchResult.NetworkError => PollResultKind.NetworkError,
        FetchResult.TimedOut { WhileConnecting: true } => PollResultKind.ConnectTimeout,
        FetchResult.TimedOut => PollResultKind.Timeout,
        FetchResult.TooLarge => PollResultKind.TooLarge,
        FetchResult.Blocked => PollResultKind.Blocked,
        FetchResult.RedirectFailed { Loop: true } => PollResultKind.RedirectLoop,
        FetchResult.RedirectFailed => PollResultKind.TooManyRedirects,
        FetchResult.HostUnavailable => PollResultKind.HostUnavailable,
        _ => PollResultKind.InternalError,
    };
}
