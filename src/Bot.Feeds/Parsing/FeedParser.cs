using System.Xml;
using System.Xml.Linq;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom documents into <see cref="ParsedFeed"/>. DTDs are ignored and no
/// external resource is ever loaded, so a hostile feed cannot expand entities or reach the network.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses a feed document; relative links are resolved against <paramref name="feedUrl"/>.</summary>
    /// <exception cref="FeedFormatException">The document is not well-formed XML or not a known feed format.</exception>
    public static ParsedFeed Parse(ReadOnlyMemory<byte> document, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        XElement root;
        try
        {
            using var stream = new MemoryStream(document.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, ReaderSettings);
            root = XDocument.Load(reader).Root ?? throw new FeedFormatException("The document has no root element.");
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"The feed is not well-formed XML: {ex.Message}", ex);
        }

        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root.Element("channel") ?? throw new FeedFormatException("The RSS document has no <channel>."), root.Elements("channel").Elements("item"), feedUrl),
            "RDF" => ParseRss(root.Element(Rss1 + "channel") ?? root, root.Elements(Rss1 + "item"), feedUrl),
            "feed" when root.Name.Namespace == Atom => ParseAtom(root, feedUrl),
            _ => throw new FeedFormatException($"The root element <{root.Name.LocalName}> is not RSS or Atom."),
        };
    }

    private static ParsedFeed ParseRss(XElement channel, IEnumerable<XElement> items, Uri feedUrl)
    {
        var ns = channel.Name.Namespace;
        var parsed = new List<FeedItem>();
        foreach (var item in items)
        {
            var body = item.Element(Content + "encoded")?.Value ?? item.Element(ns + "description")?.Value;
            parsed.Add(new FeedItem(
                Id: item.Element(ns + "guid")?.Value ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value,
                Title: HtmlText.ToPlainText(item.Element(ns + "title")?.Value),
                Link: ResolveLink(item.Element(ns + "link")?.Value, feedUrl),
                Summary: HtmlText.ToPlainText(body),
                PublishedAt: FeedDate.Parse(item.Element(ns + "pubDate")?.Value ?? item.Element(DublinCore + "date")?.Value)));
        }

        return new ParsedFeed(HtmlText.ToPlainText(channel.Element(ns + "title")?.Value), parsed);
    }

    private static ParsedFeed ParseAtom(XElement feed, Uri feedUrl)
    {
        var parsed = new List<FeedItem>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var link = entry.Elements(Atom + "link")
                .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            var body = entry.Element(Atom + "content")?.Value ?? entry.Element(Atom + "summary")?.Value;
            parsed.Add(new FeedItem(
                Id: entry.Element(Atom + "id")?.Value,
                Title: HtmlText.ToPlainText(entry.Element(Atom + "title")?.Value),
                Link: ResolveLink(link, feedUrl),
                Summary: HtmlText.ToPlainText(body),
                PublishedAt: FeedDate.Parse(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value)));
        }

        return new ParsedFeed(HtmlText.ToPlainText(feed.Element(Atom + "title")?.Value), parsed);
    }

    // Only http(s) links are kept: a feed must not smuggle javascript: or file: links into an alert.
    private static Uri? ResolveLink(string? value, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(feedUrl, value.Trim(), out var link))
        {
            return null;
        }

        return link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps ? link : null;
    }
}
