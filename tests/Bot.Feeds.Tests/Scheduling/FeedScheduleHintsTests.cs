using System.Text;
using Bot.Feeds.Scheduling;

namespace Bot.Feeds.Tests.Scheduling;

public sealed class FeedScheduleHintsTests
{
    [Fact]
    public void Read_RssWithTtlSkipHoursAndSkipDays_ReturnsThem()
    {
        var hints = Read("""
            <rss version="2.0"><channel><title>t</title><ttl>60</ttl>
            <skipHours><hour>0</hour><hour>1</hour><hour>24</hour></skipHours>
            <skipDays><day>Saturday</day><day>sunday</day><day>Someday</day></skipDays>
            <item><ttl>1</ttl></item></channel></rss>
            """);

        hints.Ttl.ShouldBe(TimeSpan.FromHours(1));
        hints.SkipHours.ShouldBe(new HashSet<int> { 0, 1 }, ignoreOrder: true);
        hints.SkipDays.ShouldBe(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, ignoreOrder: true);
    }

    [Fact]
    public void Read_AdjacentElements_ReadsEach() =>
        Read("<rss><channel><ttl>5</ttl><skipHours><hour>3</hour><hour>4</hour></skipHours></channel></rss>")
            .ShouldSatisfyAllConditions(h => h.Ttl.ShouldBe(TimeSpan.FromMinutes(5)), h => h.SkipHours.Count.ShouldBe(2));

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>a</title></feed>")]
    [InlineData("<rss><channel><ttl>soon</ttl><ttl>-5</ttl></channel></rss>")]
    [InlineData("not xml at all")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x \"60\">]><rss><channel><ttl>&x;</ttl></channel></rss>")]
    public void Read_NoUsableHints_ReturnsNone(string body)
    {
        var hints = Read(body);

        hints.Ttl.ShouldBeNull();
        hints.SkipHours.ShouldBeEmpty();
        hints.SkipDays.ShouldBeEmpty();
    }

    private static FeedScheduleHints Read(string xml) => FeedScheduleHints.Read(Encoding.UTF8.GetBytes(xml));
}
