using System.Xml.Linq;
using static Bot.Feeds.Parsing.FeedNamespaces;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Reads RSS 0.9x and 2.0 (no namespace) and RSS 1.0 / 0.90 (RDF), with the content, Dublin Core, Media RSS and
/// atom:link extensions.
/// </summary>
internal static class RssReader
{
    public static ParsedFeed Read(XElement root, Uri feedUrl)
    {
        var isRdf = root.Name.LocalName == "RDF";
        var ns = isRdf ? (root.Element(Rss10 + "channel") is not null || root.Element(Rss10 + "item") is not null ? Rss10 : Rss090) : root.Name.Namespace;
        // An RSS document without a channel is an empty feed, not an error.
        var channel = root.Element(ns + "channel") ?? root;
        var items = isRdf ? root.Elements(ns + "item").Concat(channel.Elements(ns + "item")) : channel.Elements(ns + "item");
        var language = FeedXml.LanguageTag(FeedXml.Text(channel.Element(ns + "language"), channel.Element(DublinCore + "language"))) ?? FeedXml.Language(channel);
        return new ParsedFeed
        {
            Title = FeedXml.Html(channel.Element(ns + "title"), channel.Element(DublinCore + "title")),
            Link = FeedXml.Link(channel.Element(ns + "link"), feedUrl) ?? AtomLink(channel, feedUrl),
            Language = language,
            Items = [.. items.Select(item => ReadItem(item, ns, language, feedUrl))],
            Format = isRdf ? (ns == Rss10 ? "rss10" : "rss090") : "rss" + (root.Attribute("version")?.Value.Replace(".", string.Empty, StringComparison.Ordinal) ?? string.Empty),
        };
    }

    private static FeedItem ReadItem(XElement item, XNamespace ns, string? feedLanguage, Uri feedUrl)
    {
        var guid = item.Element(ns + "guid");
        var id = FeedXml.Text(guid) ?? item.Attribute(Rdf + "about")?.Value.Trim();
        // RSS 2.0: a guid is a permalink unless it says otherwise, so it stands in for a missing link.
        var guidLink = guid is not null && guid.Attribute("isPermaLink")?.Value.Trim() != "false" ? FeedXml.Link(guid, feedUrl) : null;
        var media = item.Element(Media + "group") ?? item;
        return new FeedItem
        {
            Id = id,
            Title = FeedXml.Html(item.Element(ns + "title"), item.Element(DublinCore + "title"), media.Element(Media + "title")),
            Link = FeedXml.Link(item.Element(ns + "link"), feedUrl) ?? guidLink ?? AtomLink(item, feedUrl),
            Published = FeedDate.Parse(FeedXml.Text(item.Element(ns + "pubDate"), item.Element(DublinCore + "date"), item.Element(DcTerms + "issued"), item.Element(DcTerms + "created"))),
            Updated = FeedDate.Parse(FeedXml.Text(item.Element(DcTerms + "modified"), item.Element(Atom10 + "updated"))),
            Authors = Authors(item, ns),
            Summary = FeedXml.Html(item.Element(ns + "description"), item.Element(DublinCore + "description"), media.Element(Media + "description"), item.Element(Itunes + "summary")),
            Content = FeedXml.Html(item.Element(Content + "encoded"), item.Element(Xhtml + "body"), item.Element(ns + "body"), item.Element(ns + "fullitem")),
            Categories = Categories(item, ns, media),
            Language = FeedXml.LanguageTag(FeedXml.Text(item.Element(DublinCore + "language"))) ?? FeedXml.Language(item) ?? feedLanguage,
            Image = FeedXml.Link(media.Element(Media + "thumbnail"), feedUrl, "url") ?? FeedXml.Link(media.Element(Media + "content"), feedUrl, "url"),
        };
    }

    private static List<string> Authors(XElement item, XNamespace ns) =>
        [.. item.Elements(ns + "author").Concat(item.Elements(DublinCore + "creator")).Concat(item.Elements(DublinCore + "author")).Concat(item.Elements(Itunes + "author"))
            .Select(a => FeedXml.Text(a.Element(Atom10 + "name"), a)).OfType<string>().Select(PersonName.From).Distinct()];

    private static List<string> Categories(XElement item, XNamespace ns, XElement media) =>
        [.. item.Elements(ns + "category").Concat(item.Elements(DublinCore + "subject")).Concat(media.Elements(Media + "category")).Select(c => FeedXml.Text(c))
            .Concat(item.Descendants(Itunes + "category").Select(c => c.Attribute("text")?.Value.Trim()))
            .OfType<string>().Where(c => c.Length > 0).Distinct()];

    private static Uri? AtomLink(XElement element, Uri feedUrl) =>
        FeedXml.Link(element.Elements(Atom10 + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate"), feedUrl, "href");
}
