using Bot.Core.Matching;
using Bot.Core.Text;

namespace Bot.Core.Tests.Matching;

public sealed class TermIndexTests
{
    [Fact]
    public void Find_PrefixAndExactPatternsOfOneWord_ReportsPrefixesShortestFirstThenExact()
    {
        var index = new TermIndex();
        var exact = index.Add(TermPattern.Compile("hacker"));
        var longPrefix = index.Add(TermPattern.Compile("hacker*"));
        var shortPrefix = index.Add(TermPattern.Compile("hack*"));
        var phrase = index.Add(TermPattern.Compile("hacker group"));

        var hits = Find(index, "A hacker group struck.");

        hits.ShouldBe([new Hit(1, 2, shortPrefix), new Hit(1, 2, longPrefix), new Hit(1, 2, exact), new Hit(1, 3, phrase)]);
    }

    [Fact]
    public void Find_ThousandsOfPatterns_FindsEachAndNothingElse()
    {
        // Enough words to grow the tables many times over; every tenth is a prefix pattern.
        var index = new TermIndex();
        var ids = new Dictionary<string, int>();
        for (var i = 0; i < 20_000; i++)
        {
            var term = i % 10 == 0 ? $"w{i}x*" : $"w{i}x";
            ids[term] = index.Add(TermPattern.Compile(term));
        }

        var hits = Find(index, "w5x w10xyz w19999x w20000x w3");

        hits.ShouldBe([new Hit(0, 1, ids["w5x"]), new Hit(1, 2, ids["w10x*"]), new Hit(2, 3, ids["w19999x"])]);
    }

    private static List<Hit> Find(TermIndex index, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var hits = new List<Hit>();
        index.Find(tokens, new bool[tokens.Count], hits);
        return hits;
    }
}
