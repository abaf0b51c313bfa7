using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Bot.Feeds.Opml;

/// <summary>
/// Reads and writes OPML 1.0/2.0 subscription lists, the format newsrooms keep feed lists in. Folders are flattened;
/// outlines without an absolute http(s) <c>xmlUrl</c> are reported, not guessed. DTDs are never processed.
/// </summary>
public static class OpmlDocument
{
    // Not in OPML 2.0 (which allows extra attributes): the bot's own, written only when on.
    private const string FullTextAttribute = "fullText";

    /// <summary>The feeds in <paramref name="stream"/>, in document order, and a line for each outline that was skipped.</summary>
    /// <exception cref="XmlException">The document is not well-formed XML or not OPML.</exception>
    public static (IReadOnlyList<OpmlOutline> Feeds, IReadOnlyList<string> Skipped) Read(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        var document = XDocument.Load(reader);
        var body = document.Root is { Name.LocalName: "opml" } root ? root.Element("body") : null;
        if (body is null)
        {
            throw new XmlException("Not an OPML document: expected <opml> with a <body>.");
        }

        var feeds = new List<OpmlOutline>();
        var skipped = new List<string>();
        foreach (var outline in body.Descendants("outline"))
        {
            var xmlUrl = (string?)outline.Attribute("xmlUrl") ?? (string?)outline.Attribute("xmlurl");
            var text = ((string?)outline.Attribute("text") ?? (string?)outline.Attribute("title") ?? string.Empty).Trim();
            if (xmlUrl is null)
            {
                continue; // a folder
            }

            if (!Uri.TryCreate(xmlUrl.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                skipped.Add($"'{text}': xmlUrl '{xmlUrl}' is not an absolute http or https URL");
                continue;
            }

            var folder = outline.Parent is { Name.LocalName: "outline" } parent ? (string?)parent.Attribute("text") ?? (string?)parent.Attribute("title") : null;
            feeds.Add(new OpmlOutline(text.Length > 0 ? text : url.Host, url, (string?)outline.Attribute("language"), folder)
            {
                FullText = string.Equals(((string?)outline.Attribute(FullTextAttribute))?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
            });
        }

        return (feeds, skipped);
    }

    /// <summary>Writes an OPML 2.0 list of <paramref name="feeds"/> titled <paramref name="title"/>.</summary>
    public static void Write(TextWriter writer, string title, IEnumerable<OpmlOutline> feeds, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(feeds);
        var body = new XElement("body");
        foreach (var group in feeds.GroupBy(feed => feed.Category))
        {
            var outlines = group.Select(feed => new XElement(
                "outline",
                new XAttribute("type", "rss"),
                new XAttribute("text", feed.Text),
                new XAttribute("title", feed.Text),
                new XAttribute("xmlUrl", feed.FeedUrl.AbsoluteUri),
                feed.Language is null ? null : new XAttribute("language", feed.Language),
                feed.FullText ? new XAttribute(FullTextAttribute, "true") : null));
            body.Add(group.Key is null ? outlines : new XElement("outline", new XAttribute("text", group.Key), outlines));
        }

        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                "opml",
                new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", title), new XElement("dateCreated", created.ToString("r", CultureInfo.InvariantCulture))),
                body));
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, CloseOutput = false });
        document.Save(xml);
    }
}
