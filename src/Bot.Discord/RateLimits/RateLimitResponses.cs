using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Bot.Discord.RateLimits;

/// <summary>Reading Discord's 429s (scope and wait), and making the local one.</summary>
internal static class RateLimitResponses
{
    private static readonly TimeSpan CloudflareBackoff = TimeSpan.FromMinutes(1);

    /// <summary>Whose limit a 429 was about and how long to wait: headers and JSON body, or neither (a Cloudflare block).</summary>
    public static async Task<(RateLimitScope Scope, TimeSpan RetryAfter)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Headers;
        var scopeHeader = headers.TryGetValues("X-RateLimit-Scope", out var values) ? values.FirstOrDefault() : null;
        var hasLimitHeaders = scopeHeader is not null || headers.Contains("X-RateLimit-Limit") || headers.Contains("X-RateLimit-Global");
        double? seconds = null;
        var global = headers.Contains("X-RateLimit-Global");
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (json.RootElement.TryGetProperty("retry_after", out var retry) && retry.ValueKind == JsonValueKind.Number)
                {
                    seconds = retry.GetDouble();
                }

                global |= json.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // An HTML page from Cloudflare: no body to read, the headers (if any) tell the rest.
        }

        seconds ??= RateLimitBucket.Header(headers, "Retry-After");
        var scope = !hasLimitHeaders ? RateLimitScope.Cloudflare
            : global || string.Equals(scopeHeader, "global", StringComparison.Ordinal) ? RateLimitScope.Global
            : string.Equals(scopeHeader, "shared", StringComparison.Ordinal) ? RateLimitScope.Shared
            : RateLimitScope.User;
        var retryAfter = seconds is { } s && s >= 0 ? TimeSpan.FromSeconds(s) : scope == RateLimitScope.Cloudflare ? CloudflareBackoff : TimeSpan.FromSeconds(1);
        return (scope, retryAfter);
    }

    /// <summary>The scope as Discord spells it, for metrics.</summary>
    public static string Tag(RateLimitScope scope) => scope switch
    {
        RateLimitScope.Global => "global",
        RateLimitScope.Shared => "shared",
        RateLimitScope.Cloudflare => "cloudflare",
        _ => "user",
    };

    /// <summary>A 429 made here, without sending: too many invalid requests lately.</summary>
    public static HttpResponseMessage LocalLimit(HttpRequestMessage request)
    {
        var retryAfter = DiscordConstants.InvalidRequestWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent(
                $$"""{"message":"Refused locally: too many invalid requests in the last 10 minutes","retry_after":{{retryAfter}},"global":true,"code":0}""",
                Encoding.UTF8,
                "application/json"),
        };
        response.Headers.Add(DiscordRateLimiter.LocalLimitHeader, "invalid-requests");
        return response;
    }
}
