using System.Net;
using System.Text.Json;
using Bot.Discord.RateLimits;

namespace Bot.Discord.Rest;

/// <summary>Turns a failed response into a <see cref="DiscordError"/>: code, message and each nested field error.</summary>
internal static class DiscordErrorReader
{
    public static async Task<DiscordError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var kind = response.Headers.Contains(DiscordRateLimiter.LocalLimitHeader) ? DiscordErrorKind.LocalLimit : KindOf(status);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var code = 0;
        var message = $"HTTP {(int)status} {response.ReasonPhrase}";
        var errors = new List<DiscordFieldError>();
        TimeSpan? retryAfter = response.Headers.RetryAfter?.Delta;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("code", out var c) && c.TryGetInt32(out var parsed))
                {
                    code = parsed;
                }

                if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                {
                    message = m.GetString()!;
                }

                if (root.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number)
                {
                    retryAfter = TimeSpan.FromSeconds(r.GetDouble());
                }

                if (root.TryGetProperty("errors", out var e))
                {
                    Flatten(e, string.Empty, errors);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's or Cloudflare's page): the status says enough.
        }

        return new DiscordError(kind, status, code, message, errors, retryAfter);
    }

    public static DiscordError Transport(string message) => new(DiscordErrorKind.Transport, null, 0, message, []);

    private static DiscordErrorKind KindOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge => DiscordErrorKind.BadRequest,
        HttpStatusCode.Unauthorized => DiscordErrorKind.Unauthorized,
        HttpStatusCode.Forbidden => DiscordErrorKind.Forbidden,
        HttpStatusCode.NotFound => DiscordErrorKind.NotFound,
        HttpStatusCode.TooManyRequests => DiscordErrorKind.RateLimited,
        >= HttpStatusCode.InternalServerError => DiscordErrorKind.ServerError,
        _ => DiscordErrorKind.Other,
    };

    // errors: {"embeds": {"0": {"title": {"_errors": [{"code": "...", "message": "..."}]}}}} -> embeds.0.title
    private static void Flatten(JsonElement element, string path, List<DiscordFieldError> into)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var leaf in property.Value.EnumerateArray())
                {
                    into.Add(new DiscordFieldError(
                        path,
                        leaf.TryGetProperty("code", out var code) ? code.GetString() ?? string.Empty : string.Empty,
                        leaf.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty));
                }
            }
            else
            {
                Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
            }
        }
    }
}
