using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing;

[Collection(nameof(RunsAlone))]
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
        // ISO 8601 / W3C-DTF variants: no seconds, basic format, space separator, short offsets
        { "2024-05-01T10:00Z", At(2024, 5, 1, 10, 0, 0, 0) },
        { "2024-05-01T10:00+0530", new DateTimeOffset(2024, 5, 1, 10, 0, 0, new TimeSpan(5, 30, 0)) },
        { "20240501T100000Z", At(2024, 5, 1, 10, 0, 0, 0) },
        { "2024-05-01 10:00:00", At(2024, 5, 1, 10, 0, 0, 0) },
        { "2024-05-01T10:00:00+03", At(2024, 5, 1, 10, 0, 0, 3) },
        // RFC 822 oddities seen in the wild
        { "Tue, 10 Jun 2003 04:00:00", At(2003, 6, 10, 4, 0, 0, 0) },
        { "Tue, 10 Jun 2003 04:00:00 +02:00", At(2003, 6, 10, 4, 0, 0, 2) },
        { "Tue, 10 Jun 2003 04:00:00 GMT+0200", At(2003, 6, 10, 4, 0, 0, 2) },
        { "Tue,10 Jun 2003 4:00:00 Z", At(2003, 6, 10, 4, 0, 0, 0) },
        { "Tuesday, June 10, 2003 4:05 PM EDT", At(2003, 6, 10, 16, 5, 0, -4) },
        { "10 June 2003 04:00 CEST", At(2003, 6, 10, 4, 0, 0, 2) },
        // Localised month and day names
        { "mar., 10 juin 2003 04:00:00 +0200", At(2003, 6, 10, 4, 0, 0, 2) },
        { "mardi 10 juin 2003 04:00", At(2003, 6, 10, 4, 0, 0, 0) },
        { "10 août 2024 à 14:30 +0200", At(2024, 8, 10, 14, 30, 0, 2) },
        { "1 févr. 2024 08:00 CET", At(2024, 2, 1, 8, 0, 0, 1) },
        { "martes, 10 de junio de 2003 04:00 +0200", At(2003, 6, 10, 4, 0, 0, 2) },
        { "10 dic 2024 18:05 GMT", At(2024, 12, 10, 18, 5, 0, 0) },
        { "Di, 10 Jun 2003 04:00:00 +0200", At(2003, 6, 10, 4, 0, 0, 2) },
        { "10. März 2024 09:15 MEZ", At(2024, 3, 10, 9, 15, 0, 1) },
        { "Montag, 3. Oktober 2022 12:00", At(2022, 10, 3, 12, 0, 0, 0) },
        { "10 июня 2003 г., 04:00 MSK", At(2003, 6, 10, 4, 0, 0, 3) },
        { "Вт, 10 Июн 2003 04:00:00 +0300", At(2003, 6, 10, 4, 0, 0, 3) },
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
