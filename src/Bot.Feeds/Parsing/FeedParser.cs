using System.Xml;
using System.Xml.Linq;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed and Google News sitemaps into <see cref="ParsedFeed"/>.
/// The body is decoded from its bytes (BOM, HTTP charset, XML declaration), DTDs are never processed and no
/// external resource is loaded, and an ill-formed document yields what a lenient reader can recover, with
/// warnings in <see cref="ParsedFeed.Warnings"/>.
/// </summary>
public static class FeedParser
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses a feed body.</summary>
    /// <param name="body">The bytes as the server sent them (after content decoding).</param>
    /// <param name="contentType">The HTTP Content-Type, when known: its charset takes part in decoding.</param>
    /// <param name="feedUrl">Where the feed came from: relative links are resolved against it (and xml:base).</param>
    /// <exception cref="FeedFormatException">Nothing can be read as a feed; <see cref="FeedFormatException.Problem"/> says why.</exception>
    public static ParsedFeed Parse(ReadOnlyMemory<byte> body, string? contentType, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var decoded = FeedDecoder.Decode(body.Span, contentType);
        var warnings = decoded.Warnings.ToList();
        var text = decoded.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            throw new FeedFormatException(FeedProblem.Empty, "The document is empty.");
        }

        var media = MediaType.Parse(contentType);
        if (!media.IsFeedType)
        {
            warnings.Add($"The server sent the feed as {media.Type}, not as XML or JSON.");
        }

        ParsedFeed feed;
        if (text[0] is '{' or '[')
        {
            feed = JsonFeedReader.Read(text, feedUrl);
        }
        else
        {
            if (HtmlPage.IsHtml(text))
            {
                throw HtmlPage.Refuse(text, feedUrl);
            }

            var root = ReadXml(XmlRepair.Prepare(text, warnings), warnings);
            FeedNamespaces.Normalize(root);
            feed = Dispatch(root, text, feedUrl);
        }

        var duplicates = feed.Items.Where(i => i.Id is not null).GroupBy(i => i.Id, StringComparer.Ordinal).Count(g => g.Count() > 1);
        if (duplicates > 0)
        {
            warnings.Add($"{duplicates} id(s) are used by more than one item; only the first of each is new.");
        }

        return feed with { Encoding = decoded.EncodingName, Warnings = warnings };
    }

    private static XElement ReadXml(string xml, List<string> warnings)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
            return XDocument.Load(reader).Root ?? throw new FeedFormatException(FeedProblem.NotAFeed, "The document has no root element.");
        }
        catch (XmlException ex)
        {
            var root = TolerantXmlReader.Read(xml)
                ?? throw new FeedFormatException(FeedProblem.Unreadable, $"The feed is not well-formed XML: {ex.Message}", ex);
            warnings.Add($"The feed is not well-formed XML ({ex.Message}); what could be read was recovered.");
            var cut = root.DescendantsAndSelf()
                .Where(e => e.Name.LocalName is "item" or "entry" or "url" && e.Annotation<TolerantXmlReader.Unterminated>() is not null)
                .ToList();
            if (cut.Count > 0)
            {
                // The body ends inside these: a half item could lack its guid and come back as a "new" one.
                cut.Remove();
                warnings.Add($"The document ends inside an item; {cut.Count} incomplete item(s) skipped.");
            }

            return root;
        }
    }

    private static ParsedFeed Dispatch(XElement root, string text, Uri feedUrl)
    {
        var name = root.Name;
        return name.LocalName switch
        {
            "rss" => RssReader.Read(root, feedUrl),
            "RDF" => RssReader.Read(root, feedUrl),
            // Atom 1.0, 0.3, or a namespace of its own: feeds in the wild are read as Atom all the same.
            "feed" => AtomReader.Read(root, feedUrl),
            "urlset" => SitemapReader.Read(root, feedUrl),
            _ when name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase) => throw HtmlPage.Refuse(text, feedUrl),
            _ => throw new FeedFormatException(FeedProblem.NotAFeed, $"The root element <{name.LocalName}> is not RSS, Atom or a news sitemap."),
        };
    }
}
