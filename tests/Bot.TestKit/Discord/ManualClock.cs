namespace Bot.TestKit.Discord;

/// <summary>
/// <see cref="ManualTimeProvider"/> with timestamps that follow its manual time too (the test kit's clock only moves
/// <c>GetUtcNow</c>; the Discord client and the fake Discord measure intervals with monotonic timestamps). Shared by a
/// client and a fake, it makes rate-limit windows and deadlines exact: nothing moves until the test says so.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly ManualTimeProvider _inner = new();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _inner.GetUtcNow().UtcTicks;

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);

    public void Advance(TimeSpan by) => _inner.Advance(by);
}
