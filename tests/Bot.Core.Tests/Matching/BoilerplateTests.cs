using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Matching;

public sealed class BoilerplateTests
{
    private static readonly CompiledRuleSet Hack = CompiledRuleSet.Compile([new WatchRule("hack", RuleParser.Parse("Kremlin SENT hack*"))]);

    [Theory]
    [InlineData("Read also:")]
    [InlineData("Related News")]
    [InlineData("إقرأ أيضاً:")]
    [InlineData("مقالات متعلقة")]
    [InlineData("À lire aussi")]
    [InlineData("Читайте также")]
    [InlineData("相关新闻")]
    [InlineData("Lea también")]
    [InlineData("Lesen Sie auch")]
    public void Match_RuleOnlyInReadAlsoSection_DoesNotMatch(string heading)
    {
        var text = $"Storm hits the coast.\nThe weather service warned residents.\n{heading}\nKremlin denies hacking claims in a separate story.\nMore text.";

        Hack.Match(text).ShouldBeEmpty();
    }

    [Fact]
    public void Match_ReadAlsoLinkBetweenLedeAndBody_SkipsOnlyTheLinks()
    {
        const string text = "Storm hits the coast.\nRead also:\nFloods in the north last year\n"
            + "In a statement on Monday, the Kremlin denied any part in the hacking of the ministry's servers, calling the claims absurd and baseless.";

        Hack.Match(text).ShouldHaveSingleItem().Evidence.ShouldBe([text[(text.LastIndexOf('\n') + 1)..]]);
    }

    [Fact]
    public void Match_InlineReadAlsoLink_SkipsOnlyThatLine()
    {
        const string text = "Read also: Kremlin denies hacking\nThe Kremlin was accused of hacking the ministry.";

        Hack.Match(text).ShouldHaveSingleItem().Evidence.ShouldBe(["The Kremlin was accused of hacking the ministry."]);
    }

    [Fact]
    public void Match_PageCapturedTwice_GivesEvidenceFromTheFirstCopyOnly()
    {
        const string copy = "Kremlin denies hacking the election servers.\nOfficials disagree with that claim today.";
        var text = copy + "\n\nFooter\n\n" + copy;

        var match = Hack.Match(text).ShouldHaveSingleItem();

        match.Sentences.ShouldHaveSingleItem().Start.ShouldBe(0);
    }

    [Fact]
    public void Match_RuleOnlyInPhotoCaptionList_DoesNotMatch()
    {
        const string text = "Floods in the north.\nRescuers reached the villages.\nKremlin hackers exhibition opens\nKremlin hackers exhibition opens\nFestival of lights\nFestival of lights";

        Hack.Match(text).ShouldBeEmpty();
    }

    [Fact]
    public void Match_HeadlinePrintedTwiceInARow_KeepsTheFirstCopy()
    {
        const string text = "Kremlin denies hacking the ministry\nKremlin denies hacking the ministry\nThe ministry's servers were down for a day.";

        var match = Hack.Match(text).ShouldHaveSingleItem();

        match.Sentences.ShouldHaveSingleItem().Start.ShouldBe(0);
    }

    [Fact]
    public void Match_HeadlineAboveBylineAndDate_IsStillTheArticle()
    {
        const string text = "Kremlin denies hacking the ministry\nBy Anna Smith\nMoscow bureau\n21 November 2026\nUpdated 10:42\nThe ministry's servers were down for a day.";

        Hack.Match(text).ShouldHaveSingleItem().Evidence.ShouldBe(["Kremlin denies hacking the ministry"]);
    }

    [Fact]
    public void Match_RunOfShortUnpunctuatedLines_IsTreatedAsAList()
    {
        const string text = "Main story here.\nKremlin hackers at the fair\nCherry blossoms in Stockholm\nFashion week in Ljubljana\nBook fair in Paris";

        Hack.Match(text).ShouldBeEmpty();
    }
}
