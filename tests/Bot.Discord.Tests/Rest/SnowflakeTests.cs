using System.Text.Json;
using Bot.Discord.Rest;

namespace Bot.Discord.Tests.Rest;

public sealed class SnowflakeTests
{
    [Fact]
    public void Timestamp_DocumentedExample_IsItsCreationTime()
    {
        // Discord's documented example id 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
        new Snowflake(175928847299117063).Timestamp.ShouldBe(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero));
    }

    [Fact]
    public void FromTimestamp_RoundTrips()
    {
        var time = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

        Snowflake.FromTimestamp(time).Timestamp.ShouldBe(time);
    }

    [Theory]
    [InlineData("\"175928847299117063\"")]
    [InlineData("175928847299117063")]
    public void Json_StringOrNumber_ReadsAndWritesAString(string json)
    {
        var channel = JsonSerializer.Deserialize($$"""{"id":{{json}},"type":0}""", DiscordJsonContext.Default.Channel)!;

        channel.Id.Value.ShouldBe(175928847299117063UL);
        JsonSerializer.Serialize(channel, DiscordJsonContext.Default.Channel).ShouldBe("""{"id":"175928847299117063","type":0}""");
    }
}
