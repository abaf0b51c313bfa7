using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

[Collection(nameof(RunsAlone))]
public sealed class HtmlTextTests
{
    public static TheoryData<string?, string> Cases => new()
    {
        { null, "" },
        { "", "" },
        { "Plain text", "Plain text" },
        { "<b>Bold</b> and <a href=\"https://x.example\">link</a>", "Bold and link" },
        { "<p>First</p><p>Second</p>", "First\nSecond" },
        { "One<br>Two<br/>Three<BR />Four", "One\nTwo\nThree\nFour" },
        { "<div>A</div><ul><li>B</li><li>C</li></ul>", "A\nB\nC" },
        { "Before<script type=\"text/javascript\">var p = '<p>hidden</p>';</script>After", "BeforeAfter" },
        { "Before <style>p { color: red; }</style> After", "Before After" },
        { "A<SCRIPT>evil()</SCRIPT>B", "AB" },
        { "Unclosed<script>evil()", "Unclosed" },
        { "外交部<ruby>發<rp>(</rp><rt>fā</rt><rp>)</rp></ruby>言人", "外交部發言人" },
        { "Tom &amp; Jerry", "Tom & Jerry" },
        { "&lt;b&gt;not a tag&lt;/b&gt;", "<b>not a tag</b>" },
        { "&#1575;&#1604;&#1603;&#1585;&#1605;&#1604;&#1610;&#1606;", "الكرملين" },
        { "&#x41;&#x42;", "AB" },
        { "A&nbsp;&nbsp;B", "A B" },
        { "&quot;quoted&quot; &eacute;t&eacute;", "\"quoted\" été" },
        { "  lots   of \t spaces  ", "lots of spaces" },
        { "Line one\n\n\n   Line two\r\n", "Line one\nLine two" },
        { "<p>  Spaced  </p>  <p>  out </p>", "Spaced\nout" },
        { "Text then a stray < without end", "Text then a stray < without end" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToPlainText_Html_ReturnsCleanText(string? html, string expected)
    {
        var text = HtmlText.ToPlainText(html);

        text.ShouldBe(expected);
    }
}
