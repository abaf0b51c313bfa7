using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Bot.Feeds.Fetching;

/// <summary>Fetches a feed over the resilient "feeds" HTTP client, with a size cap.</summary>
public sealed class FeedFetcher(HttpClient client, IOptions<FeedHttpOptions> options)
{
    private readonly FeedHttpOptions _options = options.Value;

    /// <summary>Fetches <paramref name="url"/>. Failures come back as values; cancellation throws.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        // The pipeline's timeouts end once the headers arrive; this one also bounds reading the body.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new FetchResult.HttpError(response.StatusCode);
            }

            if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
            {
                return new FetchResult.TooLarge(_options.MaxResponseBytes);
            }

            var body = await ReadCappedAsync(response.Content, _options.MaxResponseBytes, timeout.Token);
            if (body is null)
            {
                return new FetchResult.TooLarge(_options.MaxResponseBytes);
            }

            return new FetchResult.Content(body, ContentTypeOf(response.Content.Headers), response.RequestMessage?.RequestUri ?? url);
        }
        catch (TimeoutRejectedException)
        {
            return new FetchResult.TimedOut(_options.Timeout);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.TimedOut(_options.Timeout);
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult.NetworkError(ex.HttpRequestError + ": " + ex.Message);
        }
        catch (IOException ex)
        {
            // The connection broke while the body was being read, after the pipeline had returned.
            return new FetchResult.NetworkError(((ex as HttpIOException)?.HttpRequestError ?? HttpRequestError.Unknown) + ": " + ex.Message);
        }
        catch (InvalidDataException ex)
        {
            // The body does not decompress as its Content-Encoding says.
            return new FetchResult.NetworkError(HttpRequestError.InvalidResponse + ": " + ex.Message);
        }
    }

    private static string? ContentTypeOf(HttpContentHeaders headers) => headers.ContentType?.ToString();

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
