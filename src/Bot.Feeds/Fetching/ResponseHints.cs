using System.Net.Http.Headers;

namespace Bot.Feeds.Fetching;

/// <summary>What a response says about when to ask again: Retry-After, Cache-Control max-age, validators.</summary>
internal static class ResponseHints
{
    /// <summary>
    /// The server's Retry-After as a delay: a date is read against the response's Date header, else against
    /// <paramref name="now"/>; without either it is ignored.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset? now)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        var delay = retryAfter.Delta ?? (retryAfter.Date is { } date && (response!.Headers.Date ?? now) is { } reference ? date - reference : null);
        return delay is { } d && d >= TimeSpan.Zero ? d : null;
    }

    /// <summary>Cache-Control max-age (or s-maxage), unless the response must not be cached.</summary>
    public static TimeSpan? MaxAge(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        if (cache is null || cache.NoStore)
        {
            return null;
        }

        return cache.SharedMaxAge ?? cache.MaxAge;
    }

    public static CacheValidators Validators(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        return new CacheValidators(etag, lastModified);
    }

    /// <summary>Adds If-None-Match and If-Modified-Since, as the server sent them (they are opaque to us).</summary>
    public static void Apply(HttpRequestHeaders headers, CacheValidators validators)
    {
        if (validators.ETag is { } etag)
        {
            headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators.LastModified is { } lastModified)
        {
            headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }
    }
}
