using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

/// <summary>The parsing half of the fault catalogue: each broken feed ends in items or in a specific problem.</summary>
[Collection(nameof(RunsAlone))]
public sealed class FeedFaultTests
{
    private static readonly Uri FeedUrl = new("https://news.example/cyber/feed.xml");

    [Fact]
    public void Parse_TruncatedXml_RecoversCompleteItemsAndSaysSo()
    {
        var feed = Parse("truncated.xml");

        feed.Title.ShouldBe("Cyber Desk");
        feed.Items.Select(i => i.Id).ShouldBe(["cyber-1", "cyber-2"]);
        feed.Items[1].Summary.ShouldBe("Officials rejected the accusation.");
        feed.Warnings.ShouldContain(w => w.Contains("not well-formed XML", StringComparison.Ordinal));
        feed.Warnings.ShouldContain(w => w.Contains("1 incomplete item(s) skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_InvalidUtf8_KeepsTheFeedWithReplacementCharacters()
    {
        var feed = Parse("invalid-utf8.xml");

        feed.Encoding.ShouldBe("utf-8");
        var item = feed.Items.ShouldHaveSingleItem();
        item.Title.ShouldBe("Кремль отрицает \uFFFD\uFFFDBAD");
        item.Summary.ShouldBe("Москва отвергла обвинения.");
        feed.Warnings.ShouldContain(w => w.Contains("not valid utf-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DeclaredLatin1ButUtf8_ReadsUtf8()
    {
        var feed = Parse("declared-latin1-but-utf8.xml");

        feed.Title.ShouldBe("الأخبار");
        feed.Items.ShouldHaveSingleItem().Title.ShouldBe("الكرملين ينفي الاختراق");
        feed.Warnings.ShouldHaveSingleItem().ShouldContain("declared as iso-8859-1 but its bytes are UTF-8");
    }

    [Fact]
    public void Parse_DeclaredUtf8ButCyrillicWindows1251_GuessesTheCodePageAndSaysSo()
    {
        var feed = Parse("declared-utf8-but-cp1251.xml");

        feed.Encoding.ShouldBe("windows-1251");
        feed.Items.ShouldHaveSingleItem().Title.ShouldBe("Кремль отрицает взлом");
        feed.Warnings.ShouldBe(
        [
            "The document is not valid utf-8 (first bad byte near offset 74).",
            "The document was read as windows-1251, the likeliest encoding of its bytes.",
        ]);
    }

    [Fact]
    public void Parse_WrongCharsetCorrectedByHttpHeader_ReadsCyrillic()
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(Fixture("declared-utf8-but-cp1251.xml")), "application/rss+xml; charset=windows-1251", FeedUrl);

        feed.Encoding.ShouldBe("windows-1251");
        feed.Items.ShouldHaveSingleItem().Title.ShouldBe("Кремль отрицает взлом");
        feed.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("xxe.xml", "&xxe;")]
    [InlineData("billion-laughs.xml", "&lol9;")]
    public void Parse_EntityAttack_IsRefusedQuicklyWithoutExpansion(string fixture, string entity)
    {
        var stopwatch = Stopwatch.StartNew();

        var ex = Should.Throw<FeedFormatException>(() => Parse(fixture));

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        ex.Problem.ShouldBe(FeedProblem.EntityExpansion);
        ex.Message.ShouldContain(entity);
        ex.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void Parse_ExternalParameterEntity_IsNeverFetched()
    {
        // The declaration is dropped with the DOCTYPE: nothing is loaded and the feed itself is fine.
        var feed = Parse("xxe-parameter.xml");

        feed.Items.ShouldHaveSingleItem().Title.ShouldBe("Safe");
    }

    [Fact]
    public void Parse_EmptyBody_IsTheEmptyProblem()
    {
        var ex = Should.Throw<FeedFormatException>(() => Parse("empty.xml"));

        ex.Problem.ShouldBe(FeedProblem.Empty);
        ex.Message.ShouldBe("The document is empty.");
    }

    [Fact]
    public void Parse_FeedWithoutItems_IsAValidEmptyFeed()
    {
        var feed = Parse("no-items.xml");

        feed.Title.ShouldBe("Quiet desk");
        feed.Items.ShouldBeEmpty();
        feed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_HtmlPage_IsTheHtmlPageProblemNamingTheAdvertisedFeed()
    {
        var ex = Should.Throw<FeedFormatException>(() => FeedParser.Parse(File.ReadAllBytes(Fixture("html-page.html")), "text/html; charset=utf-8", FeedUrl));

        ex.Problem.ShouldBe(FeedProblem.HtmlPage);
        ex.Message.ShouldBe("The server sent an HTML page, not a feed. It advertises a feed at https://news.example/feeds/all.xml.");
    }

    [Fact]
    public void Parse_DuplicateGuids_KeepsItemsAndWarns()
    {
        var feed = Parse("duplicate-guids.xml");

        feed.Items.Count.ShouldBe(3);
        feed.Warnings.ShouldHaveSingleItem().ShouldBe("1 id(s) are used by more than one item; only the first of each is new.");
        feed.Items.Select(i => ArticleIdentity.From(i.Id, i.Link, i.Title, i.PublishedAt)).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Parse_ItemsRedatedOnEveryFetch_KeepTheirIdentity()
    {
        var first = Parse("redated-1.xml");
        var second = Parse("redated-2.xml");

        first.Items[0].PublishedAt.ShouldNotBe(second.Items[0].PublishedAt);
        second.Items.Select(Identity).ShouldBe(first.Items.Select(Identity));
    }

    private static string Identity(FeedItem item) => ArticleIdentity.From(item.Id, item.Link, item.Title, item.PublishedAt);

    private static ParsedFeed Parse(string fixture) => FeedParser.Parse(File.ReadAllBytes(Fixture(fixture)), null, FeedUrl);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures", name);
}
