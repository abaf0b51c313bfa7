using System.Globalization;

namespace Bot.Feeds.Parsing;

/// <summary>Reads the date formats feeds use: RFC 822 (with named zones) and ISO 8601.</summary>
public static class FeedDate
{
    private static readonly Dictionary<string, string> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MSK"] = "+03:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
    ];

    /// <summary>Returns the instant the text names, or <see langword="null"/> when it cannot be read.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return iso;
        }

        return TryParseRfc822(text);
    }

    private static DateTimeOffset? TryParseRfc822(string text)
    {
        // Drop the optional day name ("Tue,"), then rewrite the zone into a form "zzz" accepts.
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            text = text[(comma + 1)..].Trim();
        }

        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace < 0)
        {
            return null;
        }

        var zone = text[(lastSpace + 1)..];
        string offset;
        if (NamedZones.TryGetValue(zone, out var named))
        {
            offset = named;
        }
        else if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-') && zone.AsSpan(1).ContainsOnlyDigits())
        {
            offset = string.Concat(zone.AsSpan(0, 3), ":", zone.AsSpan(3));
        }
        else
        {
            return null;
        }

        var candidate = text[..lastSpace] + " " + offset;
        return DateTimeOffset.TryParseExact(candidate, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }
}
