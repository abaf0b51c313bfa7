using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

public sealed class SentencesTests
{
    public static TheoryData<string, string[]> Terminated => new()
    {
        { "One. Two.", ["One.", "Two."] },
        { "One! Two!", ["One!", "Two!"] },
        { "One? Two?", ["One?", "Two?"] },
        { "هل نفى؟ نعم نفى.", ["هل نفى؟", "نعم نفى."] },
        { "قال؛ ثم غادر", ["قال؛", "ثم غادر"] },
        { "克里姆林宫否认。美国表示关切。", ["克里姆林宫否认。", "美国表示关切。"] },
        { "真的吗？是的！", ["真的吗？", "是的！"] },
        { "Line one\nLine two", ["Line one", "Line two"] },
        { "Line one\r\nLine two\rLine three", ["Line one", "Line two", "Line three"] },
    };

    [Theory]
    [MemberData(nameof(Terminated))]
    public void Split_TextWithTerminators_SplitsAfterEachTerminator(string text, string[] expected)
    {
        var sentences = Sentences.Split(text).ToList();

        sentences.ShouldBe(expected);
    }

    [Fact]
    public void Split_DecimalNumber_IsNotSplit()
    {
        var sentences = Sentences.Split("Prices rose 3.5 percent. Then fell.").ToList();

        sentences.ShouldBe(["Prices rose 3.5 percent.", "Then fell."]);
    }

    [Theory]
    [InlineData("Made in the U.S.")]
    [InlineData("A U.S.-led plan failed.")]
    [InlineData("Visit www.example.com today!")]
    public void Split_FullStopFollowedByNonSpace_IsNotSplit(string text)
    {
        var sentences = Sentences.Split(text).ToList();

        sentences.ShouldBe([text]);
    }

    [Fact]
    public void Split_SurroundingWhitespace_IsTrimmed()
    {
        var sentences = Sentences.Split("   First one.    Second one.   ").ToList();

        sentences.ShouldBe(["First one.", "Second one."]);
    }

    [Fact]
    public void Split_NoTerminator_ReturnsWholeText()
    {
        var sentences = Sentences.Split("A headline without a full stop").ToList();

        sentences.ShouldBe(["A headline without a full stop"]);
    }

    [Fact]
    public void Split_RunOfTerminators_YieldsNoPunctuationOnlySentences()
    {
        var sentences = Sentences.Split("Really?! Yes.\n\n\nNo...").ToList();

        sentences.ShouldBe(["Really?", "Yes.", "No..."]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n \t")]
    [InlineData(". ! ?")]
    public void Split_EmptyOrBlankText_YieldsNothing(string text)
    {
        var sentences = Sentences.Split(text);

        sentences.ShouldBeEmpty();
    }

    [Fact]
    public void Split_Null_Throws()
    {
        Should.Throw<ArgumentNullException>(() => Sentences.Split(null!).ToList());
    }
}
