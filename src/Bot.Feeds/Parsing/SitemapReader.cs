using System.Xml.Linq;
using static Bot.Feeds.Parsing.FeedNamespaces;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Reads Google News sitemaps (a <c>urlset</c> whose entries carry <c>news:news</c>), which some sites publish
/// instead of a feed. Entries without news metadata are kept with their link and last-modified time.
/// </summary>
internal static class SitemapReader
{
    public static ParsedFeed Read(XElement urlset, Uri feedUrl)
    {
        var ns = urlset.Name.Namespace;
        var items = urlset.Elements(ns + "url")
            .Select(url => (Url: url, Link: FeedXml.Link(url.Element(ns + "loc"), feedUrl)))
            .Where(u => u.Link is not null)
            .Select(u => ReadUrl(u.Url, ns, u.Link!))
            .ToList();
        return new ParsedFeed { Items = items, Format = "sitemap" };
    }

    private static FeedItem ReadUrl(XElement url, XNamespace ns, Uri link)
    {
        var news = url.Element(News + "news");
        var publication = news?.Element(News + "publication");
        var keywords = FeedXml.Text(news?.Element(News + "keywords"));
        return new FeedItem
        {
            Title = HtmlText.Collapse(FeedXml.Text(news?.Element(News + "title")) ?? string.Empty),
            Link = link,
            Published = FeedDate.Parse(FeedXml.Text(news?.Element(News + "publication_date"))),
            Updated = FeedDate.Parse(FeedXml.Text(url.Element(ns + "lastmod"))),
            Authors = FeedXml.Text(publication?.Element(News + "name")) is { } name ? [name] : [],
            Categories = keywords is null ? [] : [.. keywords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Language = FeedXml.Text(publication?.Element(News + "language")),
        };
    }
}
