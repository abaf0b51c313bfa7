using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class ArabicCliticsTests
{
    [Theory]
    [InlineData("والكرملين", "كرملين")]
    [InlineData("للانتخابات", "انتخابات")]
    [InlineData("بالهجمات", "هجمات")]
    [InlineData("فالصين", "صين")]
    [InlineData("وكالكرملين", "كرملين")]
    [InlineData("الالكترونيه", "كترونيه")]
    [InlineData("باي", "اي")]
    [InlineData("بلا", "لا")]
    public void Starts_WordWithProclitics_IncludesTheStem(string word, string stem)
    {
        Span<int> starts = stackalloc int[6];
        var count = ArabicClitics.Starts(word, starts);

        starts[..count].ToArray().Select(s => word[s..]).ShouldContain(stem);
    }

    [Theory]
    [InlineData("وزير")]
    [InlineData("بوتين")]
    [InlineData("لا")]
    public void Starts_ShortOrPlainWord_AlwaysKeepsWholeWord(string word)
    {
        Span<int> starts = stackalloc int[6];
        var count = ArabicClitics.Starts(word, starts);

        count.ShouldBeGreaterThan(0);
        starts[0].ShouldBe(0);
    }
}
