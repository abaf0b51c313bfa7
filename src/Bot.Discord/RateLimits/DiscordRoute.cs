namespace Bot.Discord.RateLimits;

/// <summary>
/// A request's rate-limit identity: the method and route template (ids and tokens replaced) and the major parameter
/// (channel, guild, or webhook id and token), which splits a bucket per resource.
/// </summary>
internal sealed record DiscordRoute(string Template, string Major)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks", "interactions"];

    public static DiscordRoute Parse(HttpMethod method, string relativePath)
    {
        var segments = relativePath.Trim('/').Split('/');
        var major = string.Empty;
        if (segments.Length > 1 && MajorResources.Contains(segments[0], StringComparer.Ordinal))
        {
            major = segments[0] is "webhooks" or "interactions" && segments.Length > 2 ? $"{segments[1]}/{segments[2]}" : segments[1];
        }

        var template = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            template[i] = IsId(segments[i]) ? "{id}"
                : i == 2 && segments[0] is "webhooks" or "interactions" ? "{token}"
                : segments[i];
        }

        return new DiscordRoute($"{method.Method} /{string.Join('/', template)}", major);
    }

    /// <summary>The part of <paramref name="uri"/> after the API base path, e.g. <c>channels/1/messages</c>.</summary>
    public static string RelativePath(Uri uri, Uri apiBase)
    {
        var path = uri.AbsolutePath;
        var basePath = apiBase.AbsolutePath.TrimEnd('/');
        return path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path;
    }

    private static bool IsId(string segment) => segment.Length is > 0 and <= 20 && segment.All(char.IsAsciiDigit);
}
