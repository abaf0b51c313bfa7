using Bot.Discord.RateLimits;
using Bot.Discord.Rest;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests.RateLimits;

/// <summary>The limiter forgets buckets idle past their reset, so its memory follows activity, not history.</summary>
public sealed class BucketSweepTests
{
    private const ulong FirstChannel = 1_200_000_000_000_000_001;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyCall_800ChannelsOverFiveMinutes_BucketCountStaysBoundedAndIdleOnesGo()
    {
        var clock = new ManualClock();
        await using var harness = await DiscordHarness.StartAsync(clock: clock, fakeOptions: time => new FakeDiscordOptions { TimeProvider = time });
        var most = 0;
        var channel = FirstChannel;

        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < 40; i++)
            {
                // Each a channel of its own, so each its own bucket (the major parameter splits it); 40 stay under 50/s.
                await harness.Rest.GetChannelAsync(new Snowflake(channel++), Token);
            }

            most = Math.Max(most, harness.Limiter.BucketCount);
            clock.Advance(TimeSpan.FromSeconds(15));
        }

        clock.Advance(DiscordRateLimiter.SweepInterval);
        await harness.Rest.GetChannelAsync(new Snowflake(channel), Token);

        harness.Fake.Requests.Count.ShouldBe(801);
        most.ShouldBeLessThanOrEqualTo(6 * 40); // what a minute's sweep interval and a 10-second window can hold, not 800
        harness.Limiter.BucketCount.ShouldBe(1); // everything else was idle past its reset
    }

    [Fact]
    public async Task Sweep_BucketExhaustedUntilLater_KeptUntilItsReset()
    {
        var clock = new ManualClock();
        await using var harness = await DiscordHarness.StartAsync(clock: clock, fakeOptions: time => new FakeDiscordOptions
        {
            TimeProvider = time,
            MessageRouteLimit = 1,
            MessageRouteWindow = TimeSpan.FromMinutes(10),
        });
        harness.Fake.AddChannel(FirstChannel);
        harness.Fake.AddChannel(FirstChannel + 1);
        harness.Fake.AddChannel(FirstChannel + 2);

        await harness.Rest.CreateMessageAsync(new Snowflake(FirstChannel), new CreateMessageRequest("a"), Token);
        clock.Advance(TimeSpan.FromMinutes(2));
        await harness.Rest.CreateMessageAsync(new Snowflake(FirstChannel + 1), new CreateMessageRequest("b"), Token); // sweeps

        harness.Limiter.BucketCount.ShouldBe(2); // the first channel's bucket is empty for 8 more minutes: forgetting it would cost a 429

        clock.Advance(TimeSpan.FromMinutes(11));
        await harness.Rest.CreateMessageAsync(new Snowflake(FirstChannel + 2), new CreateMessageRequest("c"), Token);

        harness.Limiter.BucketCount.ShouldBe(1);
        harness.Fake.Requests.ShouldAllBe(r => r.Status == 200);
    }
}
