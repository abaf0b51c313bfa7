using Bot.Core.Rules;
using Bot.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Bot.Core.Tests.Rules;

public sealed class RulePropertyTests
{
    private static readonly Gen<RuleNode> Leaf = Gen.OneOf(
        Gen.Elements("Kremlin", "accus*", "no evidence", "الكرملين", "否认", "Песков", "and", "OR", "a:b", "l'attaque").Select(t => (RuleNode)new TermNode(t)),
        Gen.Elements("actor:russia", "stance:denial", "topic:*", "group:apt28").Select(c => (RuleNode)new ConceptNode(c.Split(':')[0], c.Split(':')[1])),
        Gen.Elements("lang:fr", "source:bbc-arabic").Select(f => (RuleNode)new FilterNode(f.Split(':')[0], f.Split(':')[1])));

    private static readonly Arbitrary<RuleNode> Trees = Gen.Sized(Tree).ToArbitrary();

    [Fact]
    public void Parse_AnyText_ThrowsOnlyRuleSyntaxException()
    {
        Generators.Check(Generators.RuleText, text => { TryParse(text); return true; }, tests: 2000);
    }

    [Fact]
    public void Parse_AnyCharacters_ThrowsOnlyRuleSyntaxException()
    {
        Generators.Check(Generators.AnyText, text => { TryParse(text); return true; }, tests: 2000);
    }

    [Fact]
    public void Print_ParsedRule_ParsesBackToTheSameRule()
    {
        Generators.Check(Generators.RuleText, text => TryParse(text) is not { } parsed || RuleParser.Parse(RulePrinter.Print(parsed)) == parsed, tests: 2000);
    }

    [Fact]
    public void Print_AnyTree_ParsesBackToTheSameTree()
    {
        Generators.Check(Trees, tree => RuleParser.Parse(RulePrinter.Print(tree)) == tree, tests: 1000);
    }

    [Theory]
    [InlineData("a b c", "a AND b AND c")]
    [InlineData("a (b c)", "a AND (b AND c)")]
    [InlineData("(a OR b) NEAR/3 c", "(a OR b) NEAR/3 c")]
    [InlineData("NOT NOT \"x y\"", "NOT NOT \"x y\"")]
    [InlineData("\"Kremlin\" «Moscou»", "Kremlin AND Moscou")]
    public void Print_Rule_IsCanonical(string rule, string canonical)
    {
        RulePrinter.Print(RuleParser.Parse(rule)).ShouldBe(canonical);
    }

    // Any exception other than the parser's own fails the property (FsCheck reports it with the input).
    private static RuleNode? TryParse(string text)
    {
        try
        {
            return RuleParser.Parse(text);
        }
        catch (RuleSyntaxException)
        {
            return null;
        }
    }

    private static Gen<RuleNode> Tree(int size)
    {
        if (size <= 1)
        {
            return Leaf;
        }

        var child = Gen.Sized(Tree).Resize(size / 2);
        return Gen.OneOf(
            Leaf,
            child.Select(c => (RuleNode)new NotNode(c)),
            Gen.Zip(child, child, (a, b) => (RuleNode)new AndNode(a, b)),
            Gen.Zip(child, child, (a, b) => (RuleNode)new OrNode(a, b)),
            Gen.Zip(child, child, (a, b) => (RuleNode)new SentenceNode(a, b)),
            Gen.Zip(Gen.Zip(child, child, (a, b) => (a, b)), Gen.Choose(1, 100), (pair, n) => (RuleNode)new NearNode(pair.a, pair.b, n)),
            Gen.Zip(Gen.Zip(child, Gen.Elements("actor:russia", "actor:*", "group:apt28"), (a, speaker) => (a, speaker)), Gen.Choose(1, 100), (pair, n) => (RuleNode)new ByNode(pair.a, new ConceptNode(pair.speaker.Split(':')[0], pair.speaker.Split(':')[1]), n)));
    }
}
