using Bot.Core.Articles;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

public sealed class KeywordMatcherTests
{
    private static readonly WatchRule RussiaDenial = new(
        "russia-denial",
        [
            ["Kremlin", "Moscow", "Russia", "الكرملين", "روسيا", "克里姆林宫"],
            ["denies", "dément", "نفى", "否认"],
            ["hack", "piratage", "اختراق", "黑客"],
        ]);

    [Fact]
    public void Match_EveryGroupMet_ReturnsRuleWithEvidence()
    {
        var matcher = CreateSut(RussiaDenial);

        var matches = matcher.Match(CreateArticle("Kremlin denies hack", "Officials spoke on Monday."));

        var match = matches.ShouldHaveSingleItem();
        match.RuleName.ShouldBe("russia-denial");
        match.Evidence.ShouldBe(["Kremlin denies hack"]);
    }

    [Fact]
    public void Match_OneGroupMissing_ReturnsEmpty()
    {
        var matcher = CreateSut(RussiaDenial);

        var matches = matcher.Match(CreateArticle("Kremlin denies everything", "No word on any intrusion."));

        matches.ShouldBeEmpty();
    }

    [Fact]
    public void Match_GroupsSpreadOverTitleAndSummary_Matches()
    {
        var matcher = CreateSut(RussiaDenial);

        var matches = matcher.Match(CreateArticle("Moscow responds", "The ministry denies the hack."));

        matches.ShouldHaveSingleItem().RuleName.ShouldBe("russia-denial");
    }

    [Theory]
    [InlineData("Le Kremlin Dément le piratage", "dement")]
    [InlineData("le kremlin dement le piratage", "Dément")]
    [InlineData("KREMLIN DENIES HACK", "denies")]
    [InlineData("kremlin denies hack", "DENIES")]
    public void Match_CaseOrAccentDiffers_Matches(string title, string stance)
    {
        var matcher = CreateSut(new WatchRule("r", [["kremlin"], [stance]]));

        var matches = matcher.Match(CreateArticle(title));

        matches.ShouldHaveSingleItem().RuleName.ShouldBe("r");
    }

    [Theory]
    [InlineData("Belarussia holds talks")]
    [InlineData("Prussia was a kingdom")]
    [InlineData("The 2Russia index")]
    public void Match_LatinTermInsideAWord_DoesNotMatch(string title)
    {
        var matcher = CreateSut(new WatchRule("r", [["Russia"]]));

        var matches = matcher.Match(CreateArticle(title));

        matches.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Russia holds talks")]
    [InlineData("Talks with Russia.")]
    [InlineData("Belarus and \"Russia\" hold talks")]
    [InlineData("Belarus-Russia talks")]
    [InlineData("Russian officials met")]
    public void Match_LatinTermAtAWordStart_Matches(string title)
    {
        var matcher = CreateSut(new WatchRule("r", [["Russia"]]));

        var matches = matcher.Match(CreateArticle(title));

        matches.ShouldHaveSingleItem();
    }

    [Fact]
    public void Match_LatinTermInsideAWordThenAtAWordStart_Matches()
    {
        var matcher = CreateSut(new WatchRule("r", [["Russia"]]));

        var matches = matcher.Match(CreateArticle("Belarussia and Russia hold talks"));

        matches.ShouldHaveSingleItem().Evidence.ShouldBe(["Belarussia and Russia hold talks"]);
    }

    [Theory]
    [InlineData("والكرملين ينفي الاختراق")]
    [InlineData("قال إن الكرملين نفى")]
    [InlineData("بالكرملين")]
    public void Match_ArabicTermWithAttachedProclitic_Matches(string title)
    {
        var matcher = CreateSut(new WatchRule("r", [["الكرملين"]]));

        var matches = matcher.Match(CreateArticle(title));

        matches.ShouldHaveSingleItem();
    }

    [Fact]
    public void Match_ArabicArticleMeetingEveryGroup_Matches()
    {
        var matcher = CreateSut(RussiaDenial);

        var matches = matcher.Match(CreateArticle("والكرملين نفى أي اختراق"));

        matches.ShouldHaveSingleItem().Evidence.ShouldBe(["والكرملين نفى أي اختراق"]);
    }

    [Fact]
    public void Match_ChineseTermsWithoutSpaces_Matches()
    {
        var matcher = CreateSut(RussiaDenial);

        var matches = matcher.Match(CreateArticle("克里姆林宫否认黑客攻击。美国表示关切。"));

        matches.ShouldHaveSingleItem().Evidence.ShouldBe(["克里姆林宫否认黑客攻击。"]);
    }

    [Fact]
    public void Match_EvidenceSentences_AreTheTwoHittingMostGroupsInDocumentOrder()
    {
        var matcher = CreateSut(RussiaDenial);
        var article = CreateArticle(
            "Moscow talks resume",
            "The Kremlin denies it. Moscow again denies the hack! Observers doubt it. Russia denies any hack?");

        var matches = matcher.Match(article);

        matches.ShouldHaveSingleItem().Evidence.ShouldBe(["Moscow again denies the hack!", "Russia denies any hack?"]);
    }

    [Fact]
    public void Match_BestSentenceComesLast_EvidenceStaysInDocumentOrder()
    {
        var matcher = CreateSut(RussiaDenial);
        var article = CreateArticle("Moscow talks resume", "Nothing else. The Kremlin denies the hack.");

        var matches = matcher.Match(article);

        // The summary sentence meets three groups, the title one: it ranks first but is shown second.
        matches.ShouldHaveSingleItem().Evidence.ShouldBe(["Moscow talks resume", "The Kremlin denies the hack."]);
    }

    [Fact]
    public void Match_EqualScores_KeepsTheEarliestTwo()
    {
        var matcher = CreateSut(new WatchRule("r", [["hack"]]));
        var article = CreateArticle("First hack.", "Second hack. Third hack.");

        var matches = matcher.Match(article);

        matches.ShouldHaveSingleItem().Evidence.ShouldBe(["First hack.", "Second hack."]);
    }

    [Fact]
    public void Match_NoRuleMatches_ReturnsEmptyList()
    {
        var matcher = CreateSut(RussiaDenial, new WatchRule("other", [["election"]]));

        var matches = matcher.Match(CreateArticle("Weather turns cold", "Snow is expected."));

        matches.ShouldNotBeNull();
        matches.ShouldBeEmpty();
    }

    [Fact]
    public void Match_NoRules_ReturnsEmptyList()
    {
        var matcher = CreateSut();

        var matches = matcher.Match(CreateArticle("Kremlin denies hack"));

        matches.ShouldBeEmpty();
    }

    [Fact]
    public void Match_RuleWithZeroGroups_NeverMatches()
    {
        var matcher = CreateSut(new WatchRule("empty", []));

        var matches = matcher.Match(CreateArticle("Anything at all", "Even this."));

        matches.ShouldBeEmpty();
    }

    [Fact]
    public void Match_GroupWithOnlyAnEmptyTerm_NeverMatches()
    {
        var matcher = CreateSut(new WatchRule("blank", [[""]]));

        var matches = matcher.Match(CreateArticle("Anything at all"));

        matches.ShouldBeEmpty();
    }

    [Fact]
    public void Match_SeveralRulesMatch_ReturnsOnePerRuleInRuleOrder()
    {
        var matcher = CreateSut(
            new WatchRule("second", [["hack"]]),
            new WatchRule("unmatched", [["election"]]),
            new WatchRule("first", [["Kremlin"]]));

        var matches = matcher.Match(CreateArticle("Kremlin denies hack"));

        matches.Select(m => m.RuleName).ShouldBe(["second", "first"]);
    }

    [Fact]
    public void Match_NullArticle_Throws()
    {
        var matcher = CreateSut(RussiaDenial);

        Should.Throw<ArgumentNullException>(() => matcher.Match(null!));
    }

    private static KeywordMatcher CreateSut(params WatchRule[] rules) => new(rules);

    private static Article CreateArticle(string title, string summary = "") =>
        new("id:1", title, null, summary, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
