using System.Text;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

[Collection(nameof(RunsAlone))]
public sealed class FeedEncodingTests
{
    private static readonly Uri FeedUrl = new("https://news.example/feed.xml");

    static FeedEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string, string> CodePages => new()
    {
        { "windows-1256", "الكرملين ينفي الاتهامات", "windows-1256" },
        { "iso-8859-6", "الكرملين ينفي الاتهامات", "iso-8859-6" },
        { "windows-1251", "Кремль отрицает обвинения", "windows-1251" },
        { "koi8-r", "Кремль отрицает обвинения", "koi8-r" },
        { "gb2312", "克里姆林宫否认指控", "gb18030" },
        { "gbk", "克里姆林宫否认指控", "gb18030" },
        { "gb18030", "克里姆林宫否认指控", "gb18030" },
        { "big5", "克里姆林宮否認指控", "big5" },
        { "shift_jis", "クレムリンは否定", "shift_jis" },
        { "iso-8859-1", "Le Kremlin dément", "iso-8859-1" },
        { "utf-8", "Le Kremlin dément — 否认", "utf-8" },
    };

    [Theory]
    [MemberData(nameof(CodePages))]
    public void Parse_XmlDeclarationNamesTheEncoding_DecodesIt(string charset, string title, string reported)
    {
        var body = Document(charset, title, declare: true);

        var feed = FeedParser.Parse(body, "application/rss+xml", FeedUrl);

        feed.Items.ShouldHaveSingleItem().Title.ShouldBe(title);
        feed.Encoding.ShouldBe(reported);
        feed.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(CodePages))]
    public void Parse_HttpCharsetOverridesTheDeclaration_DecodesWithIt(string charset, string title, string reported)
    {
        // The declaration lies (says utf-8); the HTTP header wins, as RFC 7303 says.
        var body = Document(charset, title, declare: false);

        var feed = FeedParser.Parse(body, $"text/xml; charset=\"{charset}\"", FeedUrl);

        feed.Items.ShouldHaveSingleItem().Title.ShouldBe(title);
        feed.Encoding.ShouldBe(reported);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Parse_WideEncodingWithByteOrderMark_Decodes(string charset)
    {
        var encoding = Encoding.GetEncoding(charset);
        var body = encoding.GetPreamble().Concat(encoding.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>عنوان</title></channel></rss>")).ToArray();

        var feed = FeedParser.Parse(body, "text/xml; charset=utf-8", FeedUrl);

        feed.Title.ShouldBe("عنوان");
        feed.Encoding.ShouldBe(charset);
    }

    [Theory]
    [InlineData("windows-1251", "Кремль отрицает обвинения в кибератаке на энергосистему")]
    [InlineData("koi8-r", "Кремль отрицает обвинения в кибератаке на энергосистему")]
    [InlineData("windows-1256", "الكرملين ينفي الاتهامات بشن هجوم إلكتروني على شبكة الكهرباء")]
    [InlineData("gb18030", "克里姆林宫否认对电网发动网络攻击的指控")]
    [InlineData("windows-1252", "Le Kremlin dément les accusations de cyberattaque")]
    public void Parse_UndeclaredLegacyEncoding_IsGuessedAndSaysSo(string charset, string title)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>T</title><item><title>{title}</title><description>{title}. {title}.</description></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.GetEncoding(charset).GetBytes(xml), null, FeedUrl);

        feed.Items.ShouldHaveSingleItem().Title.ShouldBe(title);
        feed.Encoding.ShouldBe(charset);
        feed.Warnings.ShouldContain($"The document was read as {charset}, the likeliest encoding of its bytes.");
    }

    [Fact]
    public void Parse_UnknownCharset_FallsBackToUtf8AndSaysSo()
    {
        var body = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>é</title></channel></rss>");

        var feed = FeedParser.Parse(body, "application/xml; charset=x-made-up", FeedUrl);

        feed.Title.ShouldBe("é");
        feed.Warnings.ShouldHaveSingleItem().ShouldStartWith("Unknown encoding 'x-made-up'");
    }

    [Fact]
    public void Parse_TextPlainContentType_ParsesAndWarns()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title></channel></rss>"), "text/plain", FeedUrl);

        feed.Title.ShouldBe("T");
        feed.Warnings.ShouldHaveSingleItem().ShouldContain("text/plain");
    }

    [Fact]
    public void Parse_Windows1252PunctuationUnderLatin1Label_BecomesCurlyQuotes()
    {
        // 0x92 is a C1 control in ISO-8859-1 but a right single quote in windows-1252, which is what was meant.
        byte[] body = [.. Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><item><title>don"), 0x92, .. Encoding.ASCII.GetBytes("t</title></item></channel></rss>")];

        var feed = FeedParser.Parse(body, null, FeedUrl);

        feed.Items.ShouldHaveSingleItem().Title.ShouldBe("don\u2019t");
    }

    private static byte[] Document(string charset, string title, bool declare)
    {
        var declared = declare ? charset : "utf-8";
        var xml = $"<?xml version=\"1.0\" encoding=\"{declared}\"?><rss version=\"2.0\"><channel><title>T</title><item><title>{title}</title></item></channel></rss>";
        return Encoding.GetEncoding(charset).GetBytes(xml);
    }
}
