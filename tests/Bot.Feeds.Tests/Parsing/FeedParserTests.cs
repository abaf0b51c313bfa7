using System.Diagnostics;
using System.Text;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

[Collection(nameof(RunsAlone))]
public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example/world/feed.xml");

    [Fact]
    public void Parse_Rss20_ReadsChannelAndItems()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0">
              <channel>
                <title>World &amp; More</title>
                <link>https://news.example/</link>
                <item>
                  <title>Kremlin denies hack</title>
                  <link>https://news.example/world/1</link>
                  <guid isPermaLink="false">urn:news:1</guid>
                  <description>&lt;p&gt;The Kremlin &lt;b&gt;denies&lt;/b&gt; it.&lt;/p&gt;</description>
                  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                </item>
                <item>
                  <title>Second</title>
                  <link>https://news.example/world/2</link>
                </item>
              </channel>
            </rss>
            """;

        var feed = Parse(xml);

        feed.Title.ShouldBe("World & More");
        feed.Items.Count.ShouldBe(2);
        var first = feed.Items[0];
        first.Id.ShouldBe("urn:news:1");
        first.Title.ShouldBe("Kremlin denies hack");
        first.Link.ShouldBe(new Uri("https://news.example/world/1"));
        first.Summary.ShouldBe("The Kremlin denies it.");
        first.Published.ShouldBe(new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero));
        first.Updated.ShouldBeNull();
        var second = feed.Items[1];
        second.Id.ShouldBeNull();
        second.Title.ShouldBe("Second");
        second.Summary.ShouldBeEmpty();
        second.PublishedAt.ShouldBeNull();
        feed.Link.ShouldBe(new Uri("https://news.example/"));
        feed.Format.ShouldBe("rss20");
        feed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_Rss20WithContentEncoded_KeepsItBesideDescription()
    {
        const string xml = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>T</title>
                <item>
                  <title>A</title>
                  <description>Short teaser</description>
                  <content:encoded><![CDATA[<p>Full body</p><p>Second paragraph</p>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """;

        var item = Parse(xml).Items.ShouldHaveSingleItem();

        item.Summary.ShouldBe("Short teaser");
        item.Content.ShouldBe("Full body\nSecond paragraph");
        item.Body.ShouldBe(item.Content);
    }

    [Fact]
    public void Parse_Rss10Rdf_UsesRdfAboutAsIdAndDcDate()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/rss">
                <title>RDF News</title>
                <link>https://news.example/</link>
              </channel>
              <item rdf:about="https://news.example/rdf/1">
                <title>Moscow denies</title>
                <link>https://news.example/rdf/1</link>
                <description>Officials deny.</description>
                <dc:date>2024-03-01T12:30:00+03:00</dc:date>
              </item>
            </rdf:RDF>
            """;

        var feed = Parse(xml);

        feed.Title.ShouldBe("RDF News");
        var item = feed.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe("https://news.example/rdf/1");
        item.Title.ShouldBe("Moscow denies");
        item.Link.ShouldBe(new Uri("https://news.example/rdf/1"));
        item.Summary.ShouldBe("Officials deny.");
        item.Published.ShouldBe(new DateTimeOffset(2024, 3, 1, 12, 30, 0, TimeSpan.FromHours(3)));
        feed.Format.ShouldBe("rss10");
    }

    [Fact]
    public void Parse_Atom_ReadsIdAlternateLinkContentAndPublished()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Atom News</title>
              <id>urn:feed</id>
              <entry>
                <id>tag:news.example,2024:1</id>
                <title>Kremlin denies</title>
                <link rel="self" href="https://news.example/api/1"/>
                <link rel="alternate" type="text/html" href="https://news.example/a/1"/>
                <summary>Teaser</summary>
                <content type="html">&lt;p&gt;Full &amp;amp; final&lt;/p&gt;</content>
                <published>2024-05-01T10:00:00Z</published>
                <updated>2024-05-02T10:00:00Z</updated>
              </entry>
            </feed>
            """;

        var feed = Parse(xml);

        feed.Title.ShouldBe("Atom News");
        var entry = feed.Items.ShouldHaveSingleItem();
        entry.Id.ShouldBe("tag:news.example,2024:1");
        entry.Title.ShouldBe("Kremlin denies");
        entry.Link.ShouldBe(new Uri("https://news.example/a/1"));
        entry.Summary.ShouldBe("Teaser");
        entry.Content.ShouldBe("Full & final");
        entry.Published.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero));
        entry.Updated.ShouldBe(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_AtomLinkWithoutRelSummaryAndUpdatedOnly_UsesThem()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom</title>
              <entry>
                <id>urn:2</id>
                <title>B</title>
                <link rel="enclosure" href="https://cdn.example/b.mp3"/>
                <link href="https://news.example/b"/>
                <summary>Only a summary</summary>
                <updated>2024-05-02T10:00:00+02:00</updated>
              </entry>
            </feed>
            """;

        var entry = Parse(xml).Items.ShouldHaveSingleItem();

        entry.Link.ShouldBe(new Uri("https://news.example/b"));
        entry.Summary.ShouldBe("Only a summary");
        entry.Published.ShouldBeNull();
        entry.PublishedAt.ShouldBe(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Parse_AtomEntryWithOnlyNonAlternateLinks_HasNoLink()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom</title>
              <entry><id>urn:3</id><title>C</title><link rel="self" href="https://news.example/api/3"/></entry>
            </feed>
            """;

        var entry = Parse(xml).Items.ShouldHaveSingleItem();

        entry.Link.ShouldBeNull();
    }

    [Theory]
    [InlineData("/europe/42", "https://news.example/europe/42")]
    [InlineData("42.html", "https://news.example/world/42.html")]
    [InlineData("../sport/7", "https://news.example/sport/7")]
    [InlineData("//cdn.example/x", "https://cdn.example/x")]
    [InlineData("  http://other.example/a  ", "http://other.example/a")]
    public void Parse_RelativeLink_IsResolvedAgainstFeedUrl(string href, string expected)
    {
        var xml = $"""<rss version="2.0"><channel><title>T</title><item><title>A</title><link>{href}</link></item></channel></rss>""";

        var item = Parse(xml).Items.ShouldHaveSingleItem();

        item.Link.ShouldBe(new Uri(expected));
    }

    [Fact]
    public void Parse_AtomRelativeHref_IsResolvedAgainstFeedUrl()
    {
        const string xml = """<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><link href="a/1"/></entry></feed>""";

        var entry = Parse(xml).Items.ShouldHaveSingleItem();

        entry.Link.ShouldBe(new Uri("https://news.example/world/a/1"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,hi")]
    [InlineData("   ")]
    public void Parse_NonHttpLink_IsDropped(string href)
    {
        var xml = $"""<rss version="2.0"><channel><title>T</title><item><title>A</title><link>{href}</link></item></channel></rss>""";

        var item = Parse(xml).Items.ShouldHaveSingleItem();

        item.Link.ShouldBeNull();
    }

    [Fact]
    public void Parse_EntityExpansionBomb_IsRejectedQuicklyWithoutExpanding()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>T</title><item><title>&lol9;</title></item></channel></rss>
            """;
        var stopwatch = Stopwatch.StartNew();

        var ex = Should.Throw<FeedFormatException>(() => Parse(xml));

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        ex.Problem.ShouldBe(FeedProblem.EntityExpansion);
        ex.Message.ShouldContain("&lol9;");
        ex.Message.ShouldContain("never expanded");
    }

    [Fact]
    public void Parse_DoctypeWithUnusedEntityDeclaration_IsIgnored()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>T</title><item><title>Plain &amp; safe</title></item></channel></rss>
            """;

        var feed = Parse(xml);

        feed.Items.ShouldHaveSingleItem().Title.ShouldBe("Plain & safe");
        feed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ExternalEntityReference_IsNotResolved()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
            <rss version="2.0"><channel><title>T</title><item><title>&secret;</title></item></channel></rss>
            """;

        var ex = Should.Throw<FeedFormatException>(() => Parse(xml));

        ex.Problem.ShouldBe(FeedProblem.EntityExpansion);
        ex.Message.ShouldContain("&secret;");
    }

    [Theory]
    [InlineData("<html><body>Not found</body>", FeedProblem.HtmlPage)]
    [InlineData("<!DOCTYPE html><html><head><title>Oops</title></head></html>", FeedProblem.HtmlPage)]
    [InlineData("", FeedProblem.Empty)]
    [InlineData("  \r\n ", FeedProblem.Empty)]
    [InlineData("{\"version\": \"1\"}", FeedProblem.NotAFeed)]
    [InlineData("{not json", FeedProblem.Unreadable)]
    [InlineData("just some text", FeedProblem.Unreadable)]
    public void Parse_NotAFeed_ThrowsWithTheProblem(string document, FeedProblem problem)
    {
        var ex = Should.Throw<FeedFormatException>(() => Parse(document));

        ex.Problem.ShouldBe(problem);
    }

    [Theory]
    [InlineData("<channel><item/></channel>", "channel")]
    [InlineData("<opml version=\"2.0\"/>", "opml")]
    public void Parse_UnknownRoot_ThrowsFeedFormatExceptionNamingIt(string document, string root)
    {
        var ex = Should.Throw<FeedFormatException>(() => Parse(document));

        ex.Message.ShouldContain($"<{root}>");
    }

    [Fact]
    public void Parse_RssWithoutChannel_IsAnEmptyFeed()
    {
        var feed = Parse("<rss version=\"2.0\"/>");

        feed.Items.ShouldBeEmpty();
        feed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_Utf8WithByteOrderMark_Parses()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("""<rss version="2.0"><channel><title>الأخبار</title></channel></rss>"""))
            .ToArray();

        var feed = FeedParser.Parse(bytes, null, FeedUrl);

        feed.Title.ShouldBe("الأخبار");
        feed.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_NullFeedUrl_Throws()
    {
        Should.Throw<ArgumentNullException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes("<rss/>"), null, null!));
    }

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, FeedUrl);
}
