using System.Text;
using System.Text.RegularExpressions;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Extraction;

/// <summary>Decodes an HTML page: BOM, then HTTP charset, then a meta charset in the first bytes, then UTF-8.</summary>
internal static partial class PageDecoder
{
    public static string Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 2048)]);
        var charset = MediaType.Parse(contentType).Charset ?? (MetaCharset().Match(head) is { Success: true } meta ? meta.Groups["charset"].Value : null);
        // The feed decoder already knows BOMs, fallbacks and invalid bytes; a page differs only in where the
        // charset is written, so it is handed over as an HTTP charset.
        return FeedDecoder.Decode(body, charset is null ? "text/html" : "text/html; charset=" + charset).Text;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
