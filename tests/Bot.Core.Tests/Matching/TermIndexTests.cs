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

    [Fact]
    public void Find_PhraseWithAGap_FindsItsWordsAcrossFewWordsOfOneClause()
    {
        // "wies … zurück": a German verb and its particle stand around the object.
        var index = new TermIndex();
        var gapped = index.Add(TermPattern.Compile("wies … zurück"));
        var dotted = index.Add(TermPattern.Compile("stritt...ab*"));

        var hits = Find(index, "Moskau wies die Vorwürfe zurück. Peking stritt jede Beteiligung an dem Angriff ab.");
        var tooFar = Find(index, "Er wies eins zwei drei vier fünf sechs sieben zurück.");
        var acrossBreak = Find(index, "Er wies die Vorwürfe, die London erhob, zurück. Er stritt. Ab heute gilt es.");

        hits.ShouldBe([new Hit(1, 5, gapped), new Hit(6, 13, dotted)]);
        tooFar.ShouldBeEmpty();
        acrossBreak.ShouldBeEmpty();
    }

    [Fact]
    public void Compile_GapBetweenWords_MarksTheWordAfterIt()
    {
        TermPattern.Compile("wies … zurück").ShouldBe([new PatternToken("wies", false), new PatternToken("zuruck", false, AfterGap: true)]);
        TermPattern.Compile("stritt...ab*").ShouldBe([new PatternToken("stritt", false), new PatternToken("ab", true, AfterGap: true)]);
        TermPattern.Compile("no evidence").ShouldAllBe(word => !word.AfterGap);
    }

    [Fact]
    public void Find_PrefixTermsOfOneTwoAndManyLetters_FindTheWordsTheyStart()
    {
        var index = new TermIndex();
        var one = index.Add(TermPattern.Compile("k*"));
        var two = index.Add(TermPattern.Compile("kr*"));
        var longForm = string.Concat(Enumerable.Repeat("ab", 35)); // no letter twice in a row: runs are squeezed
        var longest = index.Add(TermPattern.Compile(longForm + "*"));
        var arabic = index.Add(TermPattern.Compile("كرملين*"));

        var hits = Find(index, $"Kremlin kr {longForm}yz {longForm[..69]} والكرملينية");

        hits.ShouldBe([new Hit(0, 1, one), new Hit(0, 1, two), new Hit(1, 2, one), new Hit(1, 2, two), new Hit(2, 3, longest), new Hit(4, 5, arabic)]);
    }

    [Fact]
    public void Find_PhrasesSharingTheirFirstWords_FindsEachThatGoesOnAsTheText()
    {
        // Keyed by up to eight leading words: the shorter keys mark that longer phrases go on from them.
        var index = new TermIndex();
        var two = index.Add(TermPattern.Compile("网络"));
        var four = index.Add(TermPattern.Compile("网络攻击"));
        var five = index.Add(TermPattern.Compile("网络攻击者"));
        var other = index.Add(TermPattern.Compile("网络间谍"));
        var nine = index.Add(TermPattern.Compile("one two three four five six seven eight nine"));
        var eight = index.Add(TermPattern.Compile("one two three four five six seven eight"));
        var ninePrefix = index.Add(TermPattern.Compile("one two three four five six seven eight nin*"));

        var hits = Find(index, "网络攻击事件。网络攻击者 one two three four five six seven eight nineteen");

        hits.ShouldBe(
        [
            new Hit(0, 2, two), new Hit(0, 4, four), new Hit(6, 8, two), new Hit(6, 10, four), new Hit(6, 11, five),
            new Hit(11, 19, eight), new Hit(11, 20, ninePrefix),
        ]);
        hits.ShouldNotContain(hit => hit.Pattern == other || hit.Pattern == nine);
    }

    [Fact]
    public void Find_PhrasesWhoseSecondWordIsAPrefixShortOrArabic_ChecksTheNextWord()
    {
        var index = new TermIndex();
        var prefixed = index.Add(TermPattern.Compile("не участвовал*"));
        var oneLetter = index.Add(TermPattern.Compile("атак* в"));
        var arabic = index.Add(TermPattern.Compile("من نسج"));

        var hits = Find(index, "не участвовали; не участие; атаки в сети; атаки во; من بنسج");

        hits.ShouldBe([new Hit(0, 2, prefixed), new Hit(4, 6, oneLetter), new Hit(9, 11, arabic)]);
    }

    [Fact]
    public void Find_BeforeFreeze_Throws_And_Add_AfterFreeze_Throws()
    {
        var index = new TermIndex();
        index.Add(TermPattern.Compile("kremlin"));

        Should.Throw<InvalidOperationException>(() => index.Find(Tokenizer.Tokenize("kremlin"), [false], []));
        index.Freeze();
        Should.Throw<InvalidOperationException>(() => index.Add(TermPattern.Compile("moscow")));
    }

    [Fact]
    public void Find_EmptyIndex_FindsNothing()
    {
        Find(new TermIndex(), "Nothing to find here.").ShouldBeEmpty();
    }

    private static List<Hit> Find(TermIndex index, string text)
    {
        index.Freeze();
        var tokens = Tokenizer.Tokenize(text);
        var hits = new List<Hit>();
        index.Find(tokens, new bool[tokens.Count], hits);
        return hits;
    }
}
