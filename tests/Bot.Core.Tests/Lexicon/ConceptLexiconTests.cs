using Bot.Core.Lexicon;
using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Lexicon;

public sealed class ConceptLexiconTests
{
    private static readonly string[] Languages = ["ar", "de", "en", "es", "fr", "ru", "zh"];

    public static TheoryData<string> EditorialConcepts() =>
        [.. ConceptLexicon.Default.ConceptNames.Where(n => !n.StartsWith("group:", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(EditorialConcepts))]
    public void Default_EditorialConcept_HasTermsInAllSevenLanguages(string concept)
    {
        var languages = ConceptLexicon.Default.Terms(concept).Select(t => t.Language).Distinct();

        Languages.Except(languages).ShouldBeEmpty();
    }

    [Fact]
    public void Default_EveryTerm_SaysWhereItCameFrom()
    {
        var terms = ConceptLexicon.Default.ConceptNames.SelectMany(ConceptLexicon.Default.Terms).ToList();

        terms.Count.ShouldBeGreaterThan(1000);
        terms.ShouldAllBe(t => t.Source.Length > 0 && t.Text.Length > 0);
    }

    [Theory]
    [InlineData("actor:russia")]
    [InlineData("actor:china")]
    [InlineData("stance:denial")]
    [InlineData("stance:accusation")]
    [InlineData("topic:cyber")]
    [InlineData("topic:election")]
    [InlineData("topic:infrastructure")]
    public void Default_ConceptsTheIssueNames_Exist(string concept)
    {
        ConceptLexicon.Default.Contains(concept).ShouldBeTrue();
    }

    [Fact]
    public void WithTerms_GuildTerm_IsMatchedWithoutChangingTheDefault()
    {
        var lexicon = ConceptLexicon.Default.WithTerms("actor:russia", [new LexiconTerm("Roskomnadzor", "en", "guild 42")]);
        var rule = new WatchRule("r", RuleParser.Parse("actor:russia"));

        CompiledRuleSet.Compile([rule], lexicon).Match("Roskomnadzor blocked it.").ShouldHaveSingleItem();
        CompiledRuleSet.Compile([rule]).Match("Roskomnadzor blocked it.").ShouldBeEmpty();
    }

    [Fact]
    public void Load_ExtraTermsAndNewConcept_AreMergedAtLoad()
    {
        const string file = """{ "concept": "topic:sport", "entries": [ { "lang": "en", "source": "test", "terms": ["doping"] } ] }""";

        var lexicon = LexiconLoader.Load([file], [KeyValuePair.Create("topic:sport", new LexiconTerm("dopage", "fr", "guild 7"))]);

        lexicon.Terms("topic:sport").Select(t => t.Text).ShouldBe(["doping", "dopage"]);
    }

    [Fact]
    public void Load_Exclusions_TakeTheirWordsOutOfTheConcept()
    {
        const string file = """{ "concept": "topic:x", "entries": [ { "lang": "en", "source": "test", "terms": ["cyber*"], "exclude": ["cybersecurity firm*"] } ] }""";
        var lexicon = LexiconLoader.Load([file]);
        var rules = CompiledRuleSet.Compile([new WatchRule("r", RuleParser.Parse("topic:x"))], lexicon);

        lexicon.Terms("topic:x").Select(t => (t.Text, t.Excludes)).ShouldBe([("cyber*", false), ("cybersecurity firm*", true)]);
        rules.Match("A cybersecurity firm opened an office.").ShouldBeEmpty();
        rules.Match("A cybersecurity firm reported a cyberattack.").ShouldHaveSingleItem().Evidence.ShouldBe(["A cybersecurity firm reported a cyberattack."]);
        CompiledRuleSet.Compile([new WatchRule("r", RuleParser.Parse("cyber*"))], lexicon).Match("A cybersecurity firm opened an office.").ShouldHaveSingleItem();
    }

    [Fact]
    public void Load_TermsAfterAntecedents_CountOnlyOnceOneOfThemWasFoundBefore()
    {
        const string file = """
            { "concept": "actor:x", "entries": [ { "lang": "en", "source": "test", "terms": ["Mao Ning"] },
              { "lang": "en", "source": "test", "after": ["Mao Ning"], "terms": ["Mao"] } ] }
            """;
        var lexicon = LexiconLoader.Load([file]);
        var rules = CompiledRuleSet.Compile([new WatchRule("r", RuleParser.Parse("actor:x SENT denied"))], lexicon);

        lexicon.Terms("actor:x")[1].After.ShouldBe(["Mao Ning"]);
        rules.Match("Mao denied it.").ShouldBeEmpty();
        rules.Match("Mao Ning spoke on Monday. Mao denied it.").ShouldHaveSingleItem().Evidence.ShouldBe(["Mao denied it."]);
        rules.Match("Mao Ning denied it.").ShouldHaveSingleItem();
        rules.Match("Mao denied it. Mao Ning spoke on Monday.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"Mao Ning\"")]
    [InlineData("[\" \"]")]
    public void Load_MalformedAfter_FailsNamingTheField(string after)
    {
        var file = $$"""{ "concept": "actor:x", "entries": [ { "lang": "en", "source": "test", "after": {{after}}, "terms": ["Mao"] } ] }""";

        Should.Throw<InvalidDataException>(() => LexiconLoader.Load([file])).Message.ShouldContain("'after'");
    }

    [Fact]
    public void Load_MissingSource_FailsNamingTheField()
    {
        const string file = """{ "concept": "topic:x", "entries": [ { "lang": "en", "terms": ["x"] } ] }""";

        Should.Throw<InvalidDataException>(() => LexiconLoader.Load([file])).Message.ShouldContain("'source'");
    }
}
