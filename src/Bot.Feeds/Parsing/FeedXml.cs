using System.Text;
using System.Xml.Linq;

namespace Bot.Feeds.Parsing;

/// <summary>Small readers shared by the XML formats: text, links against xml:base, language, text constructs.</summary>
internal static class FeedXml
{
    private static readonly XName XmlBase = XNamespace.Xml + "base";
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    /// <summary>The trimmed text of the first element present, or <see langword="null"/>.</summary>
    public static string? Text(params XElement?[] candidates) =>
        candidates.Select(e => e?.Value.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>The base URI in force at <paramref name="element"/>: xml:base attributes over the feed URL.</summary>
    public static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var current = feedUrl;
        foreach (var node in element.AncestorsAndSelf().Reverse())
        {
            if (node.Attribute(XmlBase)?.Value.Trim() is { Length: > 0 } value && Uri.TryCreate(current, value, out var resolved))
            {
                current = resolved;
            }
        }

        return current;
    }

    /// <summary>Resolves a link; only http(s) links are kept, so a feed cannot smuggle javascript: or file: links.</summary>
    public static Uri? Link(string? value, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(baseUri, value.Trim(), out var link))
        {
            return null;
        }

        return link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps ? link : null;
    }

    /// <summary>Resolves a link in the attribute or text of <paramref name="element"/> against its own base.</summary>
    public static Uri? Link(XElement? element, Uri feedUrl, string? attribute = null) =>
        element is null ? null : Link(attribute is null ? element.Value : element.Attribute(attribute)?.Value, BaseOf(element, feedUrl));

    /// <summary>The nearest xml:lang, when one is given.</summary>
    public static string? Language(XElement element) =>
        LanguageTag(element.AncestorsAndSelf().Select(e => e.Attribute(XmlLang)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)));

    /// <summary>A language tag as BCP 47 writes it: "en_US" becomes "en-US".</summary>
    public static string? LanguageTag(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace('_', '-');

    /// <summary>Plain text of an RSS field, which may carry escaped HTML or inline XHTML.</summary>
    public static string Html(params XElement?[] candidates)
    {
        var element = candidates.FirstOrDefault(e => e is not null && (e.HasElements || e.Value.Trim().Length > 0));
        return element is null ? string.Empty : HtmlText.ToPlainText(element.HasElements ? Markup(element) : element.Value);
    }

    // Inline XHTML, written back out as markup so that script and style are dropped as in escaped HTML.
    private static string Markup(XElement element) =>
        string.Concat(element.Nodes().Select(n => n is XText t ? System.Net.WebUtility.HtmlEncode(t.Value) : n.ToString()));

    /// <summary>
    /// Plain text of an Atom text construct: <c>type</c> text, html or xhtml (Atom 1.0) or a MIME type with
    /// <c>mode</c> xml, escaped or base64 (Atom 0.3).
    /// </summary>
    public static string Construct(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var type = element.Attribute("type")?.Value.Trim().ToLowerInvariant() ?? "text";
        var mode = element.Attribute("mode")?.Value.Trim().ToLowerInvariant();
        var value = element.Value;
        if (mode == "base64")
        {
            value = FromBase64(value);
        }
        else if (type is "xhtml" or "application/xhtml+xml" || element.HasElements)
        {
            return HtmlText.ToPlainText(Markup(element));
        }
        else if (type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal) && !type.EndsWith("xml", StringComparison.Ordinal) && mode is null)
        {
            // Atom 1.0: any other media type is base64.
            value = FromBase64(value);
        }

        var isHtml = type is "html" or "text/html" || mode == "escaped" || (type.Contains("html", StringComparison.Ordinal) && type != "text");
        return isHtml ? HtmlText.ToPlainText(value) : HtmlText.Collapse(value);
    }

    private static string FromBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return value;
        }
    }
}
