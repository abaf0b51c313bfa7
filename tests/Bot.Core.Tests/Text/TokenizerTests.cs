using Bot.Core.Tests.Support;
using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_ReusedBuffers_GiveWhatFreshBuffersGive()
    {
        // The buffers hold a longer text's leftovers when a shorter one follows, and must grow for a longer one.
        var buffers = new TokenBuffers();
        string[] texts = ["The Kremlin denied it. Le Kremlin l'a démenti. الكرملين ينفي. 克里姆林宫否认。", "Short.", "", new string('a', 3) + " word " + string.Concat(Enumerable.Repeat("Longer text, many words. ", 50))];
        foreach (var text in texts)
        {
            Describe(Tokenizer.Tokenize(text, buffers)).ShouldBe(Describe(Tokenizer.Tokenize(text)));
        }
    }

    [Fact]
    public void Tokenize_AnyTextsInTurnWithOneSetOfBuffers_GiveWhatFreshBuffersGive()
    {
        var buffers = new TokenBuffers();
        Generators.Check(Generators.AnyText, text => Describe(Tokenizer.Tokenize(text, buffers)).SequenceEqual(Describe(Tokenizer.Tokenize(text))), tests: 1000);
    }

    [Theory]
    [InlineData("網絡(luò)攻擊", "网 络 攻 击", "攻", false)]
    [InlineData("中國(guó)黑客(hēi kè)", "中 国 黑 客 hei ke", "黑", false)]
    [InlineData("微軟(microsoft)稱", "微 软 microsoft 称", "microsoft", true)]
    [InlineData("Russia (ru) said", "russia ru said", "said", true)]
    public void Tokenize_PinyinGlossAfterAChineseCharacter_IsSkipped(string text, string forms, string third, bool thirdAfterBreak)
    {
        var tokens = Tokenizer.Tokenize(text);

        string.Join(' ', tokens.Forms()).ShouldBe(forms);
        text[tokens[2].Start..tokens[2].End].ShouldBe(third);
        tokens[2].AfterBreak.ShouldBe(thirdAfterBreak);
    }

    [Theory]
    [InlineData("le Kremlin a exigé des \"preuves\" hier", "des preuves hier")]
    [InlineData("охота на «хакеров» идет", "на хакеров идет")]
    [InlineData("所谓“黑客”攻击", "谓 黑 客 攻")]
    public void Tokenize_OneWordInQuotationMarks_DoesNotBreakAPhrase(string text, string joined)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = joined.Split(' ');
        var first = Enumerable.Range(0, tokens.Count).First(i => tokens.Form(i).SequenceEqual(words[0]));

        for (var i = 1; i < words.Length; i++)
        {
            tokens.Form(first + i).ToString().ShouldBe(words[i]);
            tokens[first + i].AfterBreak.ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData("he said \"we deny it\" today", "we")]
    [InlineData("he said \"we deny it\" today", "today")]
    [InlineData("called it \"absurd\", then left", "then")]
    public void Tokenize_QuotationOfSeveralWords_StillBreaksAPhrase(string text, string after)
    {
        var tokens = Tokenizer.Tokenize(text);

        tokens[Enumerable.Range(0, tokens.Count).First(i => tokens.Form(i).SequenceEqual(after))].AfterBreak.ShouldBeTrue();
    }

    private static List<string> Describe(TokenizedText tokens) =>
        [.. Enumerable.Range(0, tokens.Count).Select(i => $"{tokens.Form(i).ToString()}|{tokens[i]}")];
}
