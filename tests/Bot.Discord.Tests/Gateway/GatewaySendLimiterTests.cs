using Bot.Discord.Gateway;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitAsync_OthersUsedTheirBudget_HeartbeatStillFitsAndOthersWaitTheWindow()
    {
        var clock = new ManualClock();
        var limiter = new GatewaySendLimiter(clock);
        for (var i = 0; i < DiscordConstants.MaxGatewaySendsPerMinute - DiscordConstants.HeartbeatHeadroom; i++)
        {
            (await limiter.WaitAsync(heartbeat: false, Token)).Dispose();
        }

        var other = limiter.WaitAsync(heartbeat: false, Token);
        var beats = new List<Task<GatewaySendLimiter.Lease>>();
        for (var i = 0; i < DiscordConstants.HeartbeatHeadroom; i++)
        {
            beats.Add(limiter.WaitAsync(heartbeat: true, Token));
        }

        beats.ShouldAllBe(beat => beat.IsCompletedSuccessfully); // the headroom is the heartbeats'
        other.IsCompleted.ShouldBeFalse();
        foreach (var beat in beats)
        {
            (await beat).Dispose();
        }

        clock.Advance(TimeSpan.FromSeconds(60));
        other.IsCompleted.ShouldBeFalse(); // a second in hand past Discord's minute
        clock.Advance(TimeSpan.FromSeconds(1.1));
        (await other.WaitAsync(TimeSpan.FromSeconds(5), Token)).Dispose();
    }
}
