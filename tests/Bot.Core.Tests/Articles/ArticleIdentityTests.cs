using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleIdentityTests
{
    private static readonly Uri Link = new("https://news.example/world/kremlin-denies?id=7");

    [Fact]
    public void From_FeedIdGiven_PrefersItOverLinkAndTitle()
    {
        var identity = ArticleIdentity.From("urn:uuid:1234", Link, "Kremlin denies hack");

        identity.ShouldBe("id:urn:uuid:1234");
    }

    [Fact]
    public void From_FeedIdWithSurroundingWhitespace_IsTrimmed()
    {
        var identity = ArticleIdentity.From("  \n guid-42\t ", Link, "Kremlin denies hack");

        identity.ShouldBe("id:guid-42");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void From_NoFeedId_UsesLink(string? feedId)
    {
        var identity = ArticleIdentity.From(feedId, Link, "Kremlin denies hack");

        identity.ShouldBe("link:https://news.example/world/kremlin-denies?id=7");
    }

    [Fact]
    public void From_LinkWithFragment_DropsTheFragment()
    {
        var identity = ArticleIdentity.From(null, new Uri("https://news.example/a?x=1#comments"), "t");

        identity.ShouldBe("link:https://news.example/a?x=1");
    }

    [Fact]
    public void From_LinksDifferingOnlyInFragment_GiveTheSameIdentity()
    {
        var first = ArticleIdentity.From(null, new Uri("https://news.example/a#top"), "First title");
        var second = ArticleIdentity.From(null, new Uri("https://news.example/a#bottom"), "Second title");

        second.ShouldBe(first);
    }

    [Fact]
    public void From_LinkWithUserInfoAndDefaultPort_KeepsOnlyTheRequestUrl()
    {
        var identity = ArticleIdentity.From(null, new Uri("https://user:secret@News.Example:443/a"), "t");

        identity.ShouldBe("link:https://news.example/a");
    }

    [Fact]
    public void From_LinkWithNonDefaultPortAndUnescapedCharacters_KeepsPortAndEscapes()
    {
        var identity = ArticleIdentity.From(null, new Uri("http://news.example:8080/a b?q=é"), "t");

        identity.ShouldBe("link:http://news.example:8080/a%20b?q=%C3%A9");
    }

    [Fact]
    public void From_NoIdNorLink_UsesTitleHash()
    {
        var identity = ArticleIdentity.From(null, null, "Kremlin denies hack");

        identity.ShouldStartWith("title:");
        identity.Length.ShouldBe("title:".Length + 32);
        identity["title:".Length..].ShouldAllBe(c => char.IsAsciiHexDigitLower(c));
    }

    [Fact]
    public void From_SameTitle_GivesSameHash()
    {
        var first = ArticleIdentity.From(null, null, "Kremlin denies hack");
        var second = ArticleIdentity.From("  ", null, "  Kremlin denies hack ");

        second.ShouldBe(first);
    }

    [Fact]
    public void From_DifferentTitles_GiveDifferentHashes()
    {
        var first = ArticleIdentity.From(null, null, "Kremlin denies hack");
        var second = ArticleIdentity.From(null, null, "Kremlin denies hacks");

        second.ShouldNotBe(first);
    }

    [Fact]
    public void From_Title_HashIsTheFirstHalfOfItsSha256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad
        var identity = ArticleIdentity.From(null, null, "abc");

        identity.ShouldBe("title:ba7816bf8f01cfea414140de5dae2223");
    }
}
