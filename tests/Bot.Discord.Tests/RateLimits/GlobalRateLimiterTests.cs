using Bot.Discord.RateLimits;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests.RateLimits;

public sealed class GlobalRateLimiterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitAsync_FullWindow_MakesOthersWaitButNotExemptCallers()
    {
        var time = new ManualClock();
        var limiter = new GlobalRateLimiter(2, time);
        (await limiter.WaitAsync(exempt: false, Token)).Dispose();
        (await limiter.WaitAsync(exempt: false, Token)).Dispose();

        var third = limiter.WaitAsync(exempt: false, Token).AsTask();
        var exempt = limiter.WaitAsync(exempt: true, Token).AsTask();

        exempt.IsCompletedSuccessfully.ShouldBeTrue();
        third.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await third.WaitAsync(TimeSpan.FromSeconds(5), Token)).Dispose();
    }

    [Fact]
    public async Task WaitAsync_SlotsInFlight_NextWaitsForAnAnswerPlusAWindow()
    {
        var time = new ManualClock();
        var limiter = new GlobalRateLimiter(1, time);
        var first = await limiter.WaitAsync(exempt: false, Token);

        var second = limiter.WaitAsync(exempt: false, Token).AsTask();
        time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(20, Token);
        second.IsCompleted.ShouldBeFalse(); // still in flight: its second has not even started

        first.Dispose();
        await Task.Delay(20, Token);
        second.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(5), Token)).Dispose();
    }

    [Fact]
    public async Task WaitAsync_Paused_EvenExemptCallersWait()
    {
        var time = new ManualClock();
        var limiter = new GlobalRateLimiter(50, time);
        limiter.Pause(TimeSpan.FromSeconds(3));

        var exempt = limiter.WaitAsync(exempt: true, Token).AsTask();

        exempt.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(3));
        (await exempt.WaitAsync(TimeSpan.FromSeconds(5), Token)).Dispose();
    }
}
