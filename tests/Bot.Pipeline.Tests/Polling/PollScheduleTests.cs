using Bot.Feeds.Scheduling;
using Bot.Pipeline.Polling;

namespace Bot.Pipeline.Tests.Polling;

public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public void AfterSuccess_NoHints_IsOneIntervalLater() =>
        CreateSut().AfterSuccess(Now, Interval, null, FeedScheduleHints.None).ShouldBe(Now + Interval);

    [Fact]
    public void AfterSuccess_MaxAgeShorterThanInterval_KeepsTheInterval() =>
        CreateSut().AfterSuccess(Now, Interval, TimeSpan.FromSeconds(30), FeedScheduleHints.None).ShouldBe(Now + Interval);

    [Fact]
    public void AfterSuccess_LongMaxAge_WaitsForIt() =>
        CreateSut().AfterSuccess(Now, Interval, TimeSpan.FromMinutes(20), FeedScheduleHints.None).ShouldBe(Now.AddMinutes(20));

    [Fact]
    public void AfterSuccess_RssTtl_WaitsForIt() =>
        CreateSut().AfterSuccess(Now, Interval, null, Hints(ttl: TimeSpan.FromMinutes(60))).ShouldBe(Now.AddHours(1));

    [Fact]
    public void AfterSuccess_HugeTtl_IsBoundedByMaxDelay() =>
        CreateSut(new PollScheduleOptions { MaxDelay = TimeSpan.FromHours(2) })
            .AfterSuccess(Now, Interval, TimeSpan.FromDays(3), Hints(ttl: TimeSpan.FromDays(2)))
            .ShouldBe(Now.AddHours(2));

    [Fact]
    public void AfterSuccess_DueInSkippedHours_MovesToFirstHourNotSkipped()
    {
        var hints = new FeedScheduleHints(null, new HashSet<int> { 10, 11, 12 }, new HashSet<DayOfWeek>());

        CreateSut().AfterSuccess(Now, Interval, null, hints).ShouldBe(new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void AfterSuccess_DueOnSkippedDay_MovesToNextDay()
    {
        // 2026-11-20 is a Friday.
        var hints = new FeedScheduleHints(null, new HashSet<int>(), new HashSet<DayOfWeek> { DayOfWeek.Friday });

        CreateSut().AfterSuccess(Now, Interval, null, hints).ShouldBe(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void AfterSuccess_EveryHourSkipped_IgnoresTheHint()
    {
        var hints = new FeedScheduleHints(null, Enumerable.Range(0, 24).ToHashSet(), new HashSet<DayOfWeek>());

        CreateSut().AfterSuccess(Now, Interval, null, hints).ShouldBe(Now + Interval);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 60)]
    [InlineData(30, 60)]
    public void Backoff_NoJitter_DoublesPerFailureUpToMaxBackoff(int streak, int expectedMinutes) =>
        CreateSut(random: 0.5).Backoff(streak, Interval, null).ShouldBe(TimeSpan.FromMinutes(expectedMinutes));

    [Theory]
    [InlineData(0.0, 7.5)]
    [InlineData(1.0, 12.5)]
    public void Backoff_Jitter_StaysWithinAQuarterEitherSide(double random, double expectedMinutes) =>
        CreateSut(random: random).Backoff(1, Interval, null).ShouldBe(TimeSpan.FromMinutes(expectedMinutes));

    [Fact]
    public void Backoff_RetryAfterLongerThanBackoff_WaitsForRetryAfter() =>
        CreateSut().Backoff(1, Interval, TimeSpan.FromHours(3)).ShouldBe(TimeSpan.FromHours(3));

    [Fact]
    public void Backoff_RetryAfterBeyondMaxDelay_IsBounded() =>
        CreateSut(new PollScheduleOptions { MaxDelay = TimeSpan.FromHours(6) }).Backoff(1, Interval, TimeSpan.FromDays(5)).ShouldBe(TimeSpan.FromHours(6));

    [Fact]
    public void Backoff_ShortRetryAfter_NeverPollsSoonerThanBackoff() =>
        CreateSut(random: 0.5).Backoff(1, Interval, TimeSpan.FromSeconds(5)).ShouldBe(TimeSpan.FromMinutes(10));

    [Theory]
    [InlineData(23.9, false)]
    [InlineData(24, true)]
    public void ShouldPause_AfterPauseAfterOfFailure_IsTrue(double hoursFailing, bool expected) =>
        CreateSut().ShouldPause(Now.AddHours(-hoursFailing), Now).ShouldBe(expected);

    internal static PollSchedule CreateSut(PollScheduleOptions? options = null, double random = 0.5) =>
        new(options ?? new PollScheduleOptions(), () => random);

    private static FeedScheduleHints Hints(TimeSpan? ttl) => FeedScheduleHints.None with { Ttl = ttl };
}
