using Bot.Core.Matching;

namespace Bot.Core.Tests.Matching;

public sealed class TranscriptTests
{
    [Fact]
    public void Read_QuestionAndAnswerTurns_TellsAnswersAndWhereTheTurnsBegin()
    {
        const string text = "Spokesperson Lin Jian hosted the press conference.\nQ: Your comment?\nA: The claims are baseless.\n  问：有何评论？\n答：毫无根据。";

        var transcript = Transcript.Read(text);

        transcript.Opening.ShouldBe(text.IndexOf("Q:", StringComparison.Ordinal));
        transcript.InAnswer(text.IndexOf("Lin", StringComparison.Ordinal)).ShouldBeFalse();
        transcript.InAnswer(text.IndexOf("Your", StringComparison.Ordinal)).ShouldBeFalse();
        transcript.InAnswer(text.IndexOf("baseless", StringComparison.Ordinal)).ShouldBeTrue();
        transcript.InAnswer(text.IndexOf("有何", StringComparison.Ordinal)).ShouldBeFalse();
        transcript.InAnswer(text.IndexOf("毫无", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("A: a list item, with no question before it.\nB: another.")]
    [InlineData("The report said: Russia was behind it. Answer: none given.")]
    [InlineData("Q: a question that no one answered.")]
    public void Read_TextWithoutBothKindsOfTurn_IsNoTranscript(string text)
    {
        var transcript = Transcript.Read(text);

        transcript.Opening.ShouldBe(0);
        transcript.InAnswer(text.Length - 1).ShouldBeFalse();
    }
}
