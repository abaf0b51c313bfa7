namespace Bot.Discord.RateLimits;

/// <summary>
/// Timestamps of recent events, forgetting those older than the window: the count behind every "N per window" rule
/// here (gateway sends, invalid requests, finished global slots). Not thread-safe: callers hold their own lock.
/// </summary>
internal sealed class SlidingWindow(TimeProvider timeProvider, TimeSpan window)
{
    private readonly Queue<long> _times = new();

    /// <summary>Events still inside the window at <paramref name="now"/>.</summary>
    public int Count(long now)
    {
        while (_times.Count > 0 && timeProvider.GetElapsedTime(_times.Peek(), now) >= window)
        {
            _times.Dequeue();
        }

        return _times.Count;
    }

    public void Add(long now) => _times.Enqueue(now);

    /// <summary>How long after <paramref name="now"/> the count drops to <paramref name="below"/> - 1 (call after <see cref="Count"/>).</summary>
    public TimeSpan TimeUntilBelow(int below, long now) =>
        _times.Count < below ? TimeSpan.Zero : window - timeProvider.GetElapsedTime(_times.ElementAt(_times.Count - below), now);
}
