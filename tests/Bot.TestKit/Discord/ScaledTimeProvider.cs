using System.Diagnostics;

namespace Bot.TestKit.Discord;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than real time: timestamps, wall time and timers all agree, so
/// a client and a fake server sharing it see the same (fast) seconds. Lets a test replay minutes of Discord's limits
/// in a few real seconds without stepping a manual clock by hand.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _startUtc = System.GetUtcNow();

    public ScaledTimeProvider(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1.0);
        Factor = factor;
    }

    public double Factor { get; }

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp() => _start + (long)((Stopwatch.GetTimestamp() - _start) * Factor);

    public override DateTimeOffset GetUtcNow() => _startUtc + GetElapsedTime(_start);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>
    /// The real duration of <paramref name="scaled"/> on this clock, rounded up to a whole millisecond: timers count
    /// whole milliseconds, and a timer that fired early would be a lie about this clock.
    /// </summary>
    public TimeSpan ToReal(TimeSpan scaled) =>
        scaled == Timeout.InfiniteTimeSpan ? scaled
        : scaled <= TimeSpan.Zero ? TimeSpan.Zero
        : TimeSpan.FromMilliseconds(Math.Ceiling((scaled / Factor).TotalMilliseconds));

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.ToReal(dueTime), owner.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
