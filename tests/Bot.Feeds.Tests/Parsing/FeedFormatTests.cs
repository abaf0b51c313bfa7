using System.Text;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

/// <summary>Formats and namespaces beyond plain RSS 2.0 and Atom 1.0.</summary>
[Collection(nameof(RunsAlone))]
public sealed class FeedFormatTests
{
    private static readonly Uri FeedUrl = new("https://news.example/world/feed");

    [Fact]
    public void Parse_JsonFeed11_ReadsItems()
    {
        const string json = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "JSON News",
              "home_page_url": "https://news.example/",
              "language": "fr",
              "authors": [{ "name": "Rédaction" }],
              "items": [
                {
                  "id": "1",
                  "url": "/a/1?utm_source=json",
                  "title": "Le Kremlin dément",
                  "summary": "Moscou rejette les accusations.",
                  "content_html": "<p>Premier paragraphe.</p><p>Second.</p>",
                  "date_published": "2024-05-01T10:00:00+02:00",
                  "date_modified": "2024-05-02T08:00:00Z",
                  "tags": ["cyber", "russie"],
                  "image": "https://cdn.example/1.jpg"
                },
                { "id": 42, "content_text": "Text only", "authors": [{ "name": "A. Auteur" }], "language": "en" }
              ]
            }
            """;

        var feed = Parse(json);

        feed.Format.ShouldBe("json");
        feed.Title.ShouldBe("JSON News");
        feed.Link.ShouldBe(new Uri("https://news.example/"));
        feed.Language.ShouldBe("fr");
        var first = feed.Items[0];
        first.Id.ShouldBe("1");
        first.Link.ShouldBe(new Uri("https://news.example/a/1?utm_source=json"));
        first.Summary.ShouldBe("Moscou rejette les accusations.");
        first.Content.ShouldBe("Premier paragraphe.\nSecond.");
        first.Published.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        first.Updated.ShouldBe(new DateTimeOffset(2024, 5, 2, 8, 0, 0, TimeSpan.Zero));
        first.Authors.ShouldBe(["Rédaction"]);
        first.Categories.ShouldBe(["cyber", "russie"]);
        first.Language.ShouldBe("fr");
        first.Image.ShouldBe(new Uri("https://cdn.example/1.jpg"));
        var second = feed.Items[1];
        second.Id.ShouldBe("42");
        second.Content.ShouldBe("Text only");
        second.Authors.ShouldBe(["A. Auteur"]);
        second.Language.ShouldBe("en");
    }

    [Fact]
    public void Parse_GoogleNewsSitemap_ReadsNewsEntries()
    {
        const string xml = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url>
                <loc>https://news.example/ar/123</loc>
                <lastmod>2024-05-01T12:00:00Z</lastmod>
                <news:news>
                  <news:publication><news:name>الأخبار</news:name><news:language>ar</news:language></news:publication>
                  <news:publication_date>2024-05-01T11:00:00+03:00</news:publication_date>
                  <news:title>الكرملين ينفي</news:title>
                  <news:keywords>سيبراني, روسيا</news:keywords>
                </news:news>
              </url>
              <url><loc>javascript:alert(1)</loc></url>
            </urlset>
            """;

        var feed = Parse(xml);

        feed.Format.ShouldBe("sitemap");
        var item = feed.Items.ShouldHaveSingleItem();
        item.Link.ShouldBe(new Uri("https://news.example/ar/123"));
        item.Title.ShouldBe("الكرملين ينفي");
        item.Published.ShouldBe(new DateTimeOffset(2024, 5, 1, 11, 0, 0, TimeSpan.FromHours(3)));
        item.Updated.ShouldBe(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        item.Language.ShouldBe("ar");
        item.Authors.ShouldBe(["الأخبار"]);
        item.Categories.ShouldBe(["سيبراني", "روسيا"]);
    }

    [Fact]
    public void Parse_Atom03_ReadsIssuedModifiedAndEscapedContent()
    {
        const string xml = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="de">
              <title>Atom 0.3</title>
              <link rel="alternate" type="text/html" href="https://news.example/"/>
              <author><name>Feed Autor</name></author>
              <entry>
                <title mode="escaped" type="text/html">Kreml &lt;b&gt;dementiert&lt;/b&gt;</title>
                <link rel="alternate" type="text/html" href="https://news.example/1"/>
                <id>tag:news.example,2004:1</id>
                <issued>2004-06-02T19:07:55-04:00</issued>
                <modified>2004-06-03T10:00:00Z</modified>
                <content type="text/html" mode="escaped">&lt;p&gt;Text&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

        var feed = Parse(xml);

        feed.Format.ShouldBe("atom03");
        feed.Language.ShouldBe("de");
        var entry = feed.Items.ShouldHaveSingleItem();
        entry.Title.ShouldBe("Kreml dementiert");
        entry.Published.ShouldBe(new DateTimeOffset(2004, 6, 2, 19, 7, 55, TimeSpan.FromHours(-4)));
        entry.Updated.ShouldBe(new DateTimeOffset(2004, 6, 3, 10, 0, 0, TimeSpan.Zero));
        entry.Content.ShouldBe("Text");
        entry.Authors.ShouldBe(["Feed Autor"]);
        entry.Language.ShouldBe("de");
    }

    [Fact]
    public void Parse_RssWithNamespaces_ReadsDcMediaAndAtomLink()
    {
        const string xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>T</title>
                <atom:link rel="self" href="https://news.example/feed"/>
                <dc:language>es</dc:language>
                <item>
                  <media:title>Título</media:title>
                  <media:description>Descripción breve</media:description>
                  <media:thumbnail url="/img/1.jpg"/>
                  <atom:link rel="alternate" href="https://news.example/es/1"/>
                  <dc:creator>Ana</dc:creator>
                  <dc:creator>Luis</dc:creator>
                  <dc:date>2024-05-01T10:00Z</dc:date>
                  <dc:subject>ciberseguridad</dc:subject>
                  <category>mundo</category>
                </item>
              </channel>
            </rss>
            """;

        var feed = Parse(xml);

        feed.Language.ShouldBe("es");
        var item = feed.Items.ShouldHaveSingleItem();
        item.Title.ShouldBe("Título");
        item.Summary.ShouldBe("Descripción breve");
        item.Image.ShouldBe(new Uri("https://news.example/img/1.jpg"));
        item.Link.ShouldBe(new Uri("https://news.example/es/1"));
        item.Authors.ShouldBe(["Ana", "Luis"]);
        item.Published.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero));
        item.Categories.ShouldBe(["mundo", "ciberseguridad"]);
        item.Language.ShouldBe("es");
    }

    [Fact]
    public void Parse_XmlBase_ResolvesLinksAgainstItBeforeTheFeedUrl()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://mirror.example/base/">
              <entry xml:base="sub/"><title>A</title><link href="a.html"/></entry>
              <entry><title>B</title><link href="/b.html"/></entry>
            </feed>
            """;

        var feed = Parse(xml);

        feed.Items[0].Link.ShouldBe(new Uri("https://mirror.example/base/sub/a.html"));
        feed.Items[1].Link.ShouldBe(new Uri("https://mirror.example/b.html"));
    }

    [Fact]
    public void Parse_HtmlEntitiesAndCdata_AreDecoded()
    {
        const string xml = """
            <rss version="2.0"><channel><title>Caf&eacute;&nbsp;news &mdash; &copy;</title>
            <item><title><![CDATA[Le <b>Kremlin</b> d&eacute;ment]]></title><description>A&nbsp;&amp;&nbsp;B &hellip;</description></item>
            </channel></rss>
            """;

        var feed = Parse(xml);

        feed.Title.ShouldBe("Café\u00A0news — ©".Replace('\u00A0', ' '));
        feed.Items[0].Title.ShouldBe("Le Kremlin dément");
        feed.Items[0].Summary.ShouldBe("A & B …");
        feed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_UndeclaredPrefixAndStrayAmpersand_AreRecoveredWithWarnings()
    {
        const string xml = """
            <rss version="2.0"><channel><title>AT&T news</title>
            <item><title>Item</title><dc:creator>Undeclared</dc:creator><link>https://news.example/a?x=1&y=2</link></item>
            </channel></rss>
            """;

        var feed = Parse(xml);

        feed.Title.ShouldBe("AT&T news");
        var item = feed.Items.ShouldHaveSingleItem();
        item.Authors.ShouldBe(["Undeclared"]);
        item.Link.ShouldBe(new Uri("https://news.example/a?x=1&y=2"));
        feed.Warnings.ShouldContain(w => w.Contains("unescaped '&'", StringComparison.Ordinal));
        feed.Warnings.ShouldContain(w => w.Contains("not well-formed XML", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MismatchedTags_RecoversItems()
    {
        const string xml = """
            <rss version="2.0"><channel><title>Broken</title>
            <item><title>One</b></title><guid>1</guid></item>
            <item><title>Two</title><guid>2</guid><description>Unclosed <p>para</description></item>
            </channel></rss>
            """;

        var feed = Parse(xml);

        feed.Items.Select(i => i.Id).ShouldBe(["1", "2"]);
        feed.Items[0].Title.ShouldBe("One");
        feed.Warnings.ShouldNotBeEmpty();
    }

    private static ParsedFeed Parse(string document) => FeedParser.Parse(Encoding.UTF8.GetBytes(document), null, FeedUrl);
}
