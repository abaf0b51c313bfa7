using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleIdentityTests
{
    private static readonly Uri Link = new("https://news.example/world/kremlin-denies?id=7");

    [Fact]
    public void From_FeedIdGiven_PrefersItOverLinkAndTitle()
    {
        var identity = ArticleIdentity.From("urn:uuid:1234", Link, "Kremlin denies hack", null);

        identity.ShouldBe("id:urn:uuid:1234");
    }

    [Fact]
    public void From_FeedIdWithSurroundingWhitespace_IsTrimmed()
    {
        var identity = ArticleIdentity.From("  \n guid-42\t ", Link, "Kremlin denies hack", null);

        identity.ShouldBe("id:guid-42");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void From_NoFeedId_UsesLink(string? feedId)
    {
        var identity = ArticleIdentity.From(feedId, Link, "Kremlin denies hack", null);

        identity.ShouldBe("link:https://news.example/world/kremlin-denies?id=7");
    }

    [Fact]
    public void From_LinkWithFragment_DropsTheFragment()
    {
        var identity = ArticleIdentity.From(null, new Uri("https://news.example/a?x=1#comments"), "t", null);

        identity.ShouldBe("link:https://news.example/a?x=1");
    }

    [Fact]
    public void From_LinksDifferingOnlyInFragment_GiveTheSameIdentity()
    {
        var first = ArticleIdentity.From(null, new Uri("https://news.example/a#top"), "First title", null);
        var second = ArticleIdentity.From(null, new Uri("https://news.example/a#bottom"), "Second title", null);

        second.ShouldBe(first);
    }

    [Fact]
    public void From_LinkWithUserInfoAndDefaultPort_KeepsOnlyTheRequestUrl()
    {
        var identity = ArticleIdentity.From(null, new Uri("https://user:secret@News.Example:443/a"), "t", null);

        identity.ShouldBe("link:https://news.example/a");
    }

    [Fact]
    public void From_LinkWithNonDefaultPortAndUnescapedCharacters_KeepsPortAndEscapes()
    {
        var identity = ArticleIdentity.From(null, new Uri("http://news.example:8080/a b?q=é"), "t", null);

        identity.ShouldBe("link:http://news.example:8080/a%20b?q=%C3%A9");
    }

    [Fact]
    public void From_NoIdNorLink_UsesTitleHash()
    {
        var identity = ArticleIdentity.From(null, null, "Kremlin denies hack", null);

        identity.ShouldStartWith("title:");
        identity.Length.ShouldBe("title:".Length + 32);
        identity["title:".Length..].ShouldAllBe(c => char.IsAsciiHexDigitLower(c));
    }

    [Fact]
    public void From_SameTitle_GivesSameHash()
    {
        var first = ArticleIdentity.From(null, null, "Kremlin denies hack", null);
        var second = ArticleIdentity.From("  ", null, "  Kremlin denies hack ", null);

        second.ShouldBe(first);
    }

    [Fact]
    public void From_DifferentTitles_GiveDifferentHashes()
    {
        var first = ArticleIdentity.From(null, null, "Kremlin denies hack", null);
        var second = ArticleIdentity.From(null, null, "Kremlin denies hacks", null);

        second.ShouldNotBe(first);
    }

    [Fact]
    public void From_Title_HashIsTheFirstHalfOfItsSha256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad
        var identity = ArticleIdentity.From(null, null, "abc", null);

        identity.ShouldBe("title:ba7816bf8f01cfea414140de5dae2223");
    }

    [Theory]
    [InlineData("https://news.example/a?utm_source=rss&utm_medium=feed", "https://news.example/a")]
    [InlineData("https://news.example/a?id=7&utm_campaign=x&fbclid=abc", "https://news.example/a?id=7")]
    [InlineData("https://news.example/a?gclid=1&p=2&UTM_Term=z&xtor=RSS-1", "https://news.example/a?p=2")]
    [InlineData("https://news.example/a?page=2#section", "https://news.example/a?page=2")]
    [InlineData("https://news.example/a?", "https://news.example/a")]
    public void From_LinkWithTrackingParameters_DropsThem(string link, string canonical)
    {
        var identity = ArticleIdentity.From(null, new Uri(link), "t", null);

        identity.ShouldBe("link:" + canonical);
    }

    [Fact]
    public void From_SameLinkWithDifferentTracking_GivesTheSameIdentity()
    {
        var fromRss = ArticleIdentity.From(null, new Uri("https://news.example/a?id=7&utm_source=rss"), "Title", null);
        var fromShare = ArticleIdentity.From(null, new Uri("https://news.example/a?fbclid=xyz&id=7"), "Edited title", null);

        fromShare.ShouldBe(fromRss);
    }

    [Fact]
    public void From_IdOrLinkWithNewDate_KeepsTheIdentity()
    {
        var first = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

        ArticleIdentity.From("guid-1", Link, "A", first.AddDays(3)).ShouldBe(ArticleIdentity.From("guid-1", Link, "A", first));
        ArticleIdentity.From(null, Link, "A", first.AddDays(3)).ShouldBe(ArticleIdentity.From(null, Link, "A", first));
    }

    [Fact]
    public void From_TitleOnlyRedatedWithinTheDay_KeepsTheIdentity()
    {
        var morning = new DateTimeOffset(2024, 5, 1, 6, 0, 0, TimeSpan.Zero);

        var first = ArticleIdentity.From(null, null, "Daily briefing", morning);
        var second = ArticleIdentity.From(null, null, "Daily  briefing", morning.AddHours(12));

        second.ShouldBe(first);
    }

    [Fact]
    public void From_SameTitleOnAnotherDay_IsAnotherItem()
    {
        var monday = new DateTimeOffset(2024, 5, 6, 9, 0, 0, TimeSpan.Zero);

        var first = ArticleIdentity.From(null, null, "Daily briefing", monday);
        var second = ArticleIdentity.From(null, null, "Daily briefing", monday.AddDays(1));

        second.ShouldNotBe(first);
        first.ShouldNotBe(ArticleIdentity.From(null, null, "Daily briefing", null));
    }
}
