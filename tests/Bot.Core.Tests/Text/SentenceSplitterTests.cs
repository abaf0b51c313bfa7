using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "Moscow was accused of hacking U.S. Democratic Party staff. Russia denied it.", ["Moscow was accused of hacking U.S. Democratic Party staff.", "Russia denied it."] },
        { "PARIS, Feb. 15 (Xinhua) -- Hollande spoke. Then left.", ["PARIS, Feb. 15 (Xinhua) -- Hollande spoke.", "Then left."] },
        { "هل نفى الكرملين؟ نعم نفى؛ ثم صمت.", ["هل نفى الكرملين؟", "نعم نفى؛", "ثم صمت."] },
        { "中方否认。美方指责！真的吗？", ["中方否认。", "美方指责！", "真的吗？"] },
        { "Песков: обвинения абсурдны. Лавров согласился.", ["Песков: обвинения абсурдны.", "Лавров согласился."] },
        { "Titre sans point\nCorps de l'article.", ["Titre sans point", "Corps de l'article."] },
        { "Hackers broke into the\r\n  election commission's servers.\nOfficials said", ["Hackers broke into the\r\n  election commission's servers.", "Officials said"] },
        { "Хакеры атаковали\nсайт ЦИК.\n\nпесков молчал", ["Хакеры атаковали\nсайт ЦИК.", "песков молчал"] },
        { "Headline without a stop\nand a paragraph in lower case.\n\nnext paragraph", ["Headline without a stop\nand a paragraph in lower case.", "next paragraph"] },
        { "美国指责\n中国黑客", ["美国指责", "中国黑客"] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Split_Text_ReturnsSentencesWithOffsetsIntoTheOriginal(string text, string[] expected)
    {
        var spans = SentenceSplitter.Split(text);

        spans.Select(s => text[s.Start..s.End]).ShouldBe(expected);
    }

    [Fact]
    public void Split_Null_Throws()
    {
        Should.Throw<ArgumentNullException>(() => SentenceSplitter.Split(null!));
    }
}
