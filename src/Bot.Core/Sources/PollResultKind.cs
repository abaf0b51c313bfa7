namespace Bot.Core.Sources;

/// <summary>How the last poll of a source ended; stored with the source's health and shown to operators.</summary>
public enum PollResultKind
{
    /// <summary>The feed was read.</summary>
    Ok,

    /// <summary>The server said the feed has not changed (HTTP 304).</summary>
    NotModified,

    /// <summary>The server answered with an error status (404, 410, 429, 5xx …).</summary>
    HttpError,

    /// <summary>The host name does not resolve.</summary>
    DnsError,

    /// <summary>The connection was refused or reset.</summary>
    ConnectError,

    /// <summary>The TLS handshake failed (certificate, protocol).</summary>
    TlsError,

    /// <summary>Another network failure, such as a connection dropped mid-body or a body that does not decompress.</summary>
    NetworkError,

    /// <summary>Connecting took longer than allowed.</summary>
    ConnectTimeout,

    /// <summary>The response, or its body, took longer than allowed.</summary>
    Timeout,

    /// <summary>The body, once decompressed, was larger than allowed.</summary>
    TooLarge,

    /// <summary>The SSRF guard refused the address (loopback, private, metadata …).</summary>
    Blocked,

    /// <summary>Redirects went in a circle.</summary>
    RedirectLoop,

    /// <summary>Too many redirects, or a redirect to something other than http or https.</summary>
    TooManyRedirects,

    /// <summary>The host's circuit breaker is open after repeated failures.</summary>
    HostUnavailable,

    /// <summary>The body is not a feed the bot can read.</summary>
    ParseError,

    /// <summary>The poll failed in an unexpected way (a bug, or the database).</summary>
    InternalError,
}
