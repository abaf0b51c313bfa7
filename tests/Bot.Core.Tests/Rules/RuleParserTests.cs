using Bot.Core.Lexicon;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

public sealed class RuleParserTests
{
    private static readonly ConceptNode Russia = new("actor", "russia");
    private static readonly ConceptNode Denial = new("stance", "denial");
    private static readonly ConceptNode Cyber = new("topic", "cyber");

    [Fact]
    public void Parse_Juxtaposition_IsAnd()
    {
        RuleParser.Parse("actor:russia stance:denial").ShouldBe(new AndNode(Russia, Denial));
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        RuleParser.Parse("actor:russia OR stance:denial AND topic:cyber")
            .ShouldBe(new OrNode(Russia, new AndNode(Denial, Cyber)));
    }

    [Fact]
    public void Parse_ProximityBindsTighterThanAnd()
    {
        RuleParser.Parse("actor:russia NEAR/10 stance:denial SENT topic:cyber AND \"no evidence\"")
            .ShouldBe(new AndNode(new SentenceNode(new NearNode(Russia, Denial, 10), Cyber), new TermNode("no evidence")));
    }

    [Fact]
    public void Parse_By_TakesTheSpeakerConcept()
    {
        RuleParser.Parse("stance:denial BY/15 actor:russia SENT topic:cyber")
            .ShouldBe(new SentenceNode(new ByNode(Denial, Russia, 15), Cyber));
        RuleParser.Parse("BY by").ShouldBe(new AndNode(new TermNode("BY"), new TermNode("by")));
    }

    [Fact]
    public void Parse_NotAndParentheses_GroupAsWritten()
    {
        RuleParser.Parse("NOT (actor:russia OR Kremlin*) lang:fr")
            .ShouldBe(new AndNode(new NotNode(new OrNode(Russia, new TermNode("Kremlin*"))), new FilterNode("lang", "fr")));
    }

    [Theory]
    [InlineData("\"الكرملين\"", "الكرملين")]
    [InlineData("否认", "否认")]
    [InlineData("«Песков заявил»", "Песков заявил")]
    [InlineData("“sans fondement”", "sans fondement")]
    [InlineData("and", "and")]
    public void Parse_PhraseOrWordInAnyScript_IsATerm(string rule, string term)
    {
        RuleParser.Parse(rule).ShouldBe(new TermNode(term));
    }

    [Theory]
    [InlineData("group:APT28", "group", "apt28")]
    [InlineData("actor:*", "actor", "*")]
    [InlineData("source:BBC-Arabic", "source", "bbc-arabic")]
    public void Parse_KindAndName_IsConceptOrFilter(string rule, string kind, string name)
    {
        var node = RuleParser.Parse(rule);

        (node switch { ConceptNode c => (c.Kind, c.Name), FilterNode f => (f.Kind, f.Value), _ => default }).ShouldBe((kind, name));
    }

    public static TheoryData<string, int, string> Errors => new()
    {
        { "", 1, "the rule is empty" },
        { "actor:russia AND", 14, "'AND' needs something to its right" },
        { "(actor:russia OR topic:cyber", 1, "this '(' is never closed" },
        { "actor:russia)", 13, "')' has no matching '('" },
        { "\"no evidence", 1, "this quote is never closed" },
        { "a NEAR/0 b", 3, "'NEAR/0' is not a valid distance" },
        { "a NEAR b", 3, "'NEAR' is not a valid distance" },
        { "foo:bar", 1, "'foo:' is not a kind of concept" },
        { "actor:", 7, "'actor:' has no name" },
        { "OR topic:cyber", 1, "'OR' cannot start a condition" },
        { "()", 2, "the parentheses are empty" },
        { "\"...\"", 1, "has no letters or digits" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_BadRule_ThrowsWithPositionAndHint(string rule, int position, string problem)
    {
        var error = Should.Throw<RuleSyntaxException>(() => RuleParser.Parse(rule));

        error.Position.ShouldBe(position);
        error.Problem.ShouldContain(problem);
        error.Hint.ShouldNotBeNullOrWhiteSpace();
        error.Message.ShouldStartWith($"syntax error at {position}: ");
    }

    public static TheoryData<string, RuleSyntaxError, string[]> Codes => new()
    {
        { "", RuleSyntaxError.EmptyRule, [] },
        { "actor:russia AND", RuleSyntaxError.MissingRightOperand, ["AND"] },
        { "(actor:russia OR topic:cyber", RuleSyntaxError.UnclosedGroup, [] },
        { "actor:russia (", RuleSyntaxError.GroupNeverStarted, [] },
        { "actor:russia)", RuleSyntaxError.UnmatchedClose, [] },
        { "\"no evidence", RuleSyntaxError.UnclosedQuote, [] },
        { "a NEAR/0 b", RuleSyntaxError.InvalidDistance, ["NEAR/0", "100"] },
        { "foo:bar", RuleSyntaxError.UnknownConceptKind, ["foo", "actor:, group:, stance:, topic:, lang:, source:"] },
        { "actor:", RuleSyntaxError.MissingConceptName, ["actor"] },
        { "actor:rus$ia", RuleSyntaxError.InvalidConceptName, ["rus$ia"] },
        { "OR topic:cyber", RuleSyntaxError.CannotStart, ["OR"] },
        { "NOT", RuleSyntaxError.MissingRightOperand, ["NOT"] },
        { "()", RuleSyntaxError.EmptyGroup, [] },
        { "\"...\"", RuleSyntaxError.NothingToFind, ["..."] },
        { "stance:denial BY/15 Kremlin", RuleSyntaxError.SpeakerNotConcept, ["BY/15"] },
        { "stance:denial BY/0 actor:russia", RuleSyntaxError.InvalidDistance, ["BY/0", "100"] },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void Parse_BadRule_GivesAStableCodeWithItsArguments(string rule, RuleSyntaxError code, string[] arguments)
    {
        var error = Should.Throw<RuleSyntaxException>(() => RuleParser.Parse(rule));

        error.Error.ShouldBe(code);
        error.Arguments.ShouldBe(arguments);
        error.Problem.ShouldBe(string.Format(System.Globalization.CultureInfo.InvariantCulture, RuleSyntaxException.English(code).Problem, arguments));
    }

    [Fact]
    public void Parse_UnknownConceptWithLexicon_CodeCarriesTheConceptAndTheNearestName()
    {
        var error = Should.Throw<RuleSyntaxException>(() => RuleParser.Parse("stance:denial actor:rusia", ConceptLexicon.Default));

        error.Error.ShouldBe(RuleSyntaxError.UnknownConcept);
        error.Arguments.ShouldBe(["actor:rusia", "actor:russia"]);
    }

    [Fact]
    public void Parse_UnknownConceptWithLexicon_SuggestsNearestName()
    {
        var error = Should.Throw<RuleSyntaxException>(() => RuleParser.Parse("stance:denial actor:rusia", ConceptLexicon.Default));

        error.Position.ShouldBe(15);
        error.Hint.ShouldBe("did you mean actor:russia?");
    }

    [Fact]
    public void Parse_KnownConceptsWithLexicon_Succeeds()
    {
        Should.NotThrow(() => RuleParser.Parse("actor:north-korea group:apt28 group:* topic:election", ConceptLexicon.Default));
    }
}
