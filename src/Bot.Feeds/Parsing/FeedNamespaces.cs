using System.Xml.Linq;

namespace Bot.Feeds.Parsing;

/// <summary>The XML namespaces feeds use, and the prefixes they are usually written with.</summary>
internal static class FeedNamespaces
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    // Spellings seen in the wild for the same namespace.
    private static readonly Dictionary<XNamespace, XNamespace> Aliases = new()
    {
        [XNamespace.Get("http://www.itunes.com/DTDs/Podcast-1.0.dtd")] = Itunes,
        [XNamespace.Get("http://purl.org/rss/1.0/modules/content")] = Content,
        [XNamespace.Get("http://purl.org/dc/elements/1.0/")] = DublinCore,
        [XNamespace.Get("http://search.yahoo.com/mrss")] = Media,
    };

    /// <summary>Renames elements in an alias namespace to the usual one, so readers need to know only that.</summary>
    public static void Normalize(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (Aliases.TryGetValue(element.Name.Namespace, out var canonical))
            {
                element.Name = canonical + element.Name.LocalName;
            }
        }
    }

    /// <summary>Namespace a prefix conventionally stands for, for feeds that forget to declare it.</summary>
    public static XNamespace WellKnownPrefix(string prefix) => prefix switch
    {
        "atom" => Atom10,
        "rdf" => Rdf,
        "content" => Content,
        "dc" => DublinCore,
        "dcterms" => DcTerms,
        "media" => Media,
        "xhtml" => Xhtml,
        "news" => News,
        "itunes" => Itunes,
        _ => XNamespace.None,
    };
}
