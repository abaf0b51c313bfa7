using System.Net;
using Microsoft.Extensions.Options;

namespace Bot.Feeds.Fetching;

/// <summary>
/// Fetches a feed over the resilient "feeds" HTTP client: one host slot at a time (politeness), redirects followed
/// here (counted, checked for loops, each hop's connection checked by the SSRF guard), conditional GET, size cap.
/// </summary>
public sealed class FeedFetcher(HttpClient client, IOptions<FeedHttpOptions> options, HostGate hosts, TimeProvider timeProvider)
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
    private readonly FeedHttpOptions _options = options.Value;

    /// <summary>Fetches <paramref name="url"/> unconditionally. Failures come back as values; cancellation throws.</summary>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, CacheValidators.None, cancellationToken);

    /// <summary>
    /// Fetches <paramref name="url"/>, sending <paramref name="validators"/> so an unchanged feed answers
    /// <see cref="FetchResult.NotModified"/>. Failures come back as values; cancellation throws.
    /// </summary>
    public Task<FetchResult> FetchAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        return FetchAsync(url, validators, Accept, _options.MaxResponseBytes, _options.Timeout, cancellationToken);
    }

    /// <summary>
    /// Fetches an article page (HTML) through the same guarded, resilient and polite path as feeds, with its own,
    /// usually smaller, bounds: at most <paramref name="maxBytes"/> after decompression, within <paramref name="timeout"/>.
    /// </summary>
    public Task<FetchResult> FetchPageAsync(Uri url, long maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return FetchAsync(url, CacheValidators.None, PageAccept, Math.Min(maxBytes, _options.MaxResponseBytes), timeout < _options.Timeout ? timeout : _options.Timeout, cancellationToken);
    }

    private async Task<FetchResult> FetchAsync(Uri url, CacheValidators validators, string accept, long maxBytes, TimeSpan time, CancellationToken cancellationToken)
    {
        // The pipeline's timeouts end once the headers arrive; this one also bounds redirects and reading the body.
        // It starts once the first host slot is ours: waiting politely in line is not the server being slow.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return new FetchResult.RedirectFailed($"redirected to {current}, which is not an http or https URL", Loop: false);
            }

            if (!visited.Add(current.AbsoluteUri))
            {
                return new FetchResult.RedirectFailed($"redirect loop: {current} was already visited", Loop: true);
            }

            try
            {
                using var slot = await hosts.EnterAsync(current, cancellationToken);
                if (hop == 0)
                {
                    timeout.CancelAfter(time);
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(accept);
                ResponseHints.Apply(request.Headers, validators);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return new FetchResult.RedirectFailed($"more than {_options.MaxRedirects} redirects (last to {location})", Loop: false);
                    }

                    current = new Uri(current, location);
                    continue;
                }

                return await ReadAsync(response, current, validators, maxBytes, timeout.Token);
            }
            catch (Exception ex) when (FetchFailures.Classify(ex, current, _options, timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested) is { } failure)
            {
                return failure;
            }
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private async Task<FetchResult> ReadAsync(HttpResponseMessage response, Uri url, CacheValidators sent, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            var fresh = ResponseHints.Validators(response);
            return new FetchResult.NotModified(fresh.IsEmpty ? sent : fresh, ResponseHints.MaxAge(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            return new FetchResult.HttpError(response.StatusCode, ResponseHints.RetryAfter(response, timeProvider.GetUtcNow()));
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return new FetchResult.TooLarge(maxBytes);
        }

        var body = await ReadCappedAsync(response.Content, maxBytes, cancellationToken);
        if (body is null)
        {
            return new FetchResult.TooLarge(maxBytes);
        }

        return new FetchResult.Content(body, response.Content.Headers.ContentType?.ToString(), url)
        {
            Validators = ResponseHints.Validators(response),
            MaxAge = ResponseHints.MaxAge(response),
        };
    }

    // The body may be compressed or chunked, so the declared length cannot be trusted: count as we read.
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
