using System.Text;
using System.Xml;
using Bot.Feeds.Opml;

namespace Bot.Feeds.Tests.Opml;

public sealed class OpmlDocumentTests
{
    [Fact]
    public void Read_NestedFolders_FlattensFeedsAndReportsBadUrls()
    {
        var (feeds, skipped) = Read("""
            <opml version="1.0"><head><title>x</title></head><body>
              <outline text="News">
                <outline type="rss" text="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml" language="en"/>
                <outline title="No text" xmlUrl="http://example.com/feed"/>
              </outline>
              <outline text="Broken" xmlUrl="ftp://example.com/feed"/>
              <outline text="Relative" xmlUrl="/feed.xml"/>
            </body></opml>
            """);

        feeds.ShouldBe([
            new OpmlOutline("BBC World", new Uri("https://feeds.bbci.co.uk/news/world/rss.xml"), "en", "News"),
            new OpmlOutline("No text", new Uri("http://example.com/feed"), null, "News"),
        ]);
        skipped.Count.ShouldBe(2);
        skipped[0].ShouldContain("ftp://example.com/feed");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public void Read_FullTextAttribute_OnlyTrueTurnsItOn(string value, bool expected)
    {
        var (feeds, _) = Read($"""<opml version="2.0"><body><outline text="a" xmlUrl="https://example.com/a" fullText="{value}"/></body></opml>""");

        feeds.ShouldHaveSingleItem().FullText.ShouldBe(expected);
    }

    [Theory]
    [InlineData("<html><body/></html>")]
    [InlineData("<opml version=\"2.0\"><head/></opml>")]
    [InlineData("<opml")]
    [InlineData("<!DOCTYPE opml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><opml><body>&e;</body></opml>")]
    public void Read_NotOpml_Throws(string xml) => Should.Throw<XmlException>(() => Read(xml));

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        OpmlOutline[] feeds =
        [
            new("the-record", new Uri("https://therecord.media/feed"), "en", "Cyber"),
            new("bbc-arabic", new Uri("https://feeds.bbci.co.uk/arabic/rss.xml"), "ar", null),
            new("le-monde", new Uri("https://www.lemonde.fr/pixels/rss_full.xml"), "fr", null) { FullText = true },
        ];
        using var writer = new StringWriter();

        OpmlDocument.Write(writer, "Sources", feeds, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));

        writer.ToString().ShouldContain("<opml version=\"2.0\">");
        writer.ToString().ShouldContain("fullText=\"true\"");
        writer.ToString().Split("fullText").Length.ShouldBe(2, "written only when on");
        Read(writer.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal)).Feeds.ShouldBe(feeds, ignoreOrder: true);
    }

    private static (IReadOnlyList<OpmlOutline> Feeds, IReadOnlyList<string> Skipped) Read(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return OpmlDocument.Read(stream);
    }
}
