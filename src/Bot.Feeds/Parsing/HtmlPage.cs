using AngleSharp.Html.Parser;

namespace Bot.Feeds.Parsing;

/// <summary>Recognises a web page served where a feed was expected, and names the feed it advertises, if any.</summary>
internal static class HtmlPage
{
    public static bool IsHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 256)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static FeedFormatException Refuse(string text, Uri feedUrl)
    {
        var document = new HtmlParser().ParseDocument(text);
        var advertised = document.QuerySelectorAll("link[rel~=alternate][href]")
            .Where(l => l.GetAttribute("type") is { } type && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase) || type.Contains("feed+json", StringComparison.OrdinalIgnoreCase)))
            .Select(l => FeedXml.Link(l.GetAttribute("href"), feedUrl))
            .FirstOrDefault(u => u is not null);
        var hint = advertised is null ? string.Empty : $" It advertises a feed at {advertised}.";
        return new FeedFormatException(FeedProblem.HtmlPage, "The server sent an HTML page, not a feed." + hint);
    }
}
