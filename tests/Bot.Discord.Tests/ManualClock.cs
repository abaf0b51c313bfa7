using Bot.TestKit;

namespace Bot.Discord.Tests;

/// <summary>
/// <see cref="ManualTimeProvider"/> with timestamps that follow its manual time too (the test kit's clock only moves
/// <c>GetUtcNow</c>; the client measures intervals with monotonic timestamps).
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly ManualTimeProvider _inner = new();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _inner.GetUtcNow().UtcTicks;

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);

    public void Advance(TimeSpan by) => _inner.Advance(by);
}
