namespace Bot.TestKit.Tests;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Advance_MovesClock()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        time.Advance(TimeSpan.FromMinutes(5));

        time.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOncePerPeriodAtItsDueTimes()
    {
        var time = new ManualTimeProvider();
        var start = time.GetUtcNow();
        var fired = new List<TimeSpan>();
        using var timer = time.CreateTimer(_ => fired.Add(time.GetUtcNow() - start), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));

        time.Advance(TimeSpan.FromSeconds(75));

        fired.ShouldBe([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(70)]);
    }

    [Fact]
    public void Change_ToInfinite_StopsTimer()
    {
        var time = new ManualTimeProvider();
        var count = 0;
        using var timer = time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));

        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromMinutes(1));

        count.ShouldBe(1);
    }

    [Fact]
    public async Task Delay_WithManualTime_CompletesOnlyWhenAdvanced()
    {
        var time = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromHours(1), time, TestContext.Current.CancellationToken);

        delay.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromHours(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        delay.IsCompletedSuccessfully.ShouldBeTrue();
    }
}
