using System.Xml.Linq;
using static Bot.Feeds.Parsing.FeedNamespaces;

namespace Bot.Feeds.Parsing;

/// <summary>Reads Atom 1.0 and the older Atom 0.3 (issued/modified, mode="escaped", tagline).</summary>
internal static class AtomReader
{
    public static ParsedFeed Read(XElement feed, Uri feedUrl)
    {
        var ns = feed.Name.Namespace;
        var language = FeedXml.Language(feed);
        var feedAuthors = Authors(feed, ns);
        return new ParsedFeed
        {
            Title = FeedXml.Construct(feed.Element(ns + "title")),
            Link = AlternateLink(feed, ns, feedUrl),
            Language = language,
            Items = [.. feed.Elements(ns + "entry").Select(entry => ReadEntry(entry, ns, feedAuthors, feedUrl))],
            Format = ns == Atom10 ? "atom10" : ns == Atom03 ? "atom03" : "atom",
        };
    }

    private static FeedItem ReadEntry(XElement entry, XNamespace ns, List<string> feedAuthors, Uri feedUrl)
    {
        // Atom: an entry without authors inherits those of its source, else of the feed.
        var authors = Authors(entry, ns);
        if (authors.Count == 0 && entry.Element(ns + "source") is { } source)
        {
            authors = Authors(source, ns);
        }

        var content = entry.Element(ns + "content");
        var media = entry.Element(Media + "group") ?? entry;
        return new FeedItem
        {
            Id = FeedXml.Text(entry.Element(ns + "id")),
            Title = FeedXml.Construct(entry.Element(ns + "title")),
            Link = AlternateLink(entry, ns, feedUrl),
            Published = FeedDate.Parse(FeedXml.Text(entry.Element(ns + "published"), entry.Element(ns + "issued"), entry.Element(ns + "created"), entry.Element(DublinCore + "date"))),
            Updated = FeedDate.Parse(FeedXml.Text(entry.Element(ns + "updated"), entry.Element(ns + "modified"))),
            Authors = authors.Count > 0 ? authors : feedAuthors,
            Summary = FeedXml.Construct(entry.Element(ns + "summary")),
            Content = (string?)content?.Attribute("src") is null ? FeedXml.Construct(content) : string.Empty,
            Categories = [.. entry.Elements(ns + "category").Select(c => c.Attribute("term")?.Value.Trim() ?? c.Attribute("label")?.Value.Trim())
                .Concat(entry.Elements(DublinCore + "subject").Select(s => FeedXml.Text(s))).OfType<string>().Where(c => c.Length > 0).Distinct()],
            Language = FeedXml.Language(content ?? entry) ?? FeedXml.Language(entry),
            Image = FeedXml.Link(media.Element(Media + "thumbnail"), feedUrl, "url"),
        };
    }

    private static List<string> Authors(XElement parent, XNamespace ns) =>
        [.. parent.Elements(ns + "author").Select(a => FeedXml.Text(a.Element(ns + "name"), a.Element(ns + "email"), a.HasElements ? null : a)).OfType<string>()];

    // rel="alternate" (or no rel) with an HTML type first, then any alternate link.
    private static Uri? AlternateLink(XElement parent, XNamespace ns, Uri feedUrl)
    {
        var alternates = parent.Elements(ns + "link").Where(l => ((string?)l.Attribute("rel"))?.Trim() is null or "" or "alternate").ToList();
        var best = alternates.FirstOrDefault(l => ((string?)l.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == true) ?? alternates.FirstOrDefault();
        // Atom 0.3 feeds in the wild sometimes put the URI in the element instead of href.
        return best?.Attribute("href") is null ? FeedXml.Link(best, feedUrl) : FeedXml.Link(best, feedUrl, "href");
    }
}
