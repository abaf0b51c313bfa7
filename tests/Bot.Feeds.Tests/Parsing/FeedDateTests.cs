using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

public sealed class FeedDateTests
{
    public static TheoryData<string, DateTimeOffset> Readable => new()
    {
        // RFC 822 / 1123 with GMT and UT
        { "Tue, 10 Jun 2003 04:00:00 GMT", At(2003, 6, 10, 4, 0, 0, 0) },
        { "10 Jun 2003 04:00:00 UT", At(2003, 6, 10, 4, 0, 0, 0) },
        { "  Tue, 10 Jun 2003 04:00:00 GMT  ", At(2003, 6, 10, 4, 0, 0, 0) },
        // Named US and European zones
        { "Tue, 10 Jun 2003 04:00:00 EST", At(2003, 6, 10, 4, 0, 0, -5) },
        { "Tue, 10 Jun 2003 04:00:00 EDT", At(2003, 6, 10, 4, 0, 0, -4) },
        { "Sun, 06 Nov 1994 08:49:37 PDT", At(1994, 11, 6, 8, 49, 37, -7) },
        { "Sun, 06 Nov 1994 08:49:37 pst", At(1994, 11, 6, 8, 49, 37, -8) },
        { "Mon, 01 Jan 2024 12:00:00 MSK", At(2024, 1, 1, 12, 0, 0, 3) },
        // Numeric offsets
        { "Tue, 10 Jun 2003 04:00:00 +0200", At(2003, 6, 10, 4, 0, 0, 2) },
        { "Tue, 10 Jun 2003 04:00:00 -0500", At(2003, 6, 10, 4, 0, 0, -5) },
        // No seconds
        { "Tue, 10 Jun 2003 04:00 +0200", At(2003, 6, 10, 4, 0, 0, 2) },
        { "Tue, 10 Jun 2003 04:00 PDT", At(2003, 6, 10, 4, 0, 0, -7) },
        // Two-digit years
        { "10 Jun 03 04:00:00 GMT", At(2003, 6, 10, 4, 0, 0, 0) },
        { "Tue, 10 Jun 03 04:00 EDT", At(2003, 6, 10, 4, 0, 0, -4) },
        // ISO 8601
        { "2024-05-01T10:00:00Z", At(2024, 5, 1, 10, 0, 0, 0) },
        { "2024-05-01T10:00:00+03:00", At(2024, 5, 1, 10, 0, 0, 3) },
        { "2024-05-01T10:00:00.123-04:00", At(2024, 5, 1, 10, 0, 0, -4).AddMilliseconds(123) },
        { "2024-05-01T10:00:00", At(2024, 5, 1, 10, 0, 0, 0) },
        { "2024-05-01", At(2024, 5, 1, 0, 0, 0, 0) },
    };

    public static TheoryData<string> Unreadable => new()
    {
        "",
        "   ",
        "garbage",
        "yesterday at noon",
        "Tue, 10 Jun 2003 04:00:00 XYZ",
        "Tue, 10 Jun 2003 25:00:00 GMT",
        "Tue, 32 Jun 2003 04:00:00 GMT",
        "2024-13-01T10:00:00Z",
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Parse_ReadableDate_ReturnsTheInstantWithItsOffset(string text, DateTimeOffset expected)
    {
        var parsed = FeedDate.Parse(text);

        parsed.ShouldNotBeNull();
        parsed.Value.ShouldBe(expected);
        parsed.Value.Offset.ShouldBe(expected.Offset);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Parse_UnreadableDate_ReturnsNull(string text)
    {
        var parsed = FeedDate.Parse(text);

        parsed.ShouldBeNull();
    }

    [Fact]
    public void Parse_Null_ReturnsNull()
    {
        FeedDate.Parse(null).ShouldBeNull();
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second, int offsetHours) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours));
}
