namespace Bot.Discord.RateLimits;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers over the last 10 minutes; Discord blocks the IP at 10,000, so the
/// client spaces requests out above one threshold and refuses them above another.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _times = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                Prune(timeProvider.GetTimestamp());
                return _times.Count;
            }
        }
    }

    public void Add()
    {
        lock (_gate)
        {
            var now = timeProvider.GetTimestamp();
            Prune(now);
            _times.Enqueue(now);
        }
    }

    private void Prune(long now)
    {
        while (_times.Count > 0 && timeProvider.GetElapsedTime(_times.Peek(), now) >= DiscordConstants.InvalidRequestWindow)
        {
            _times.Dequeue();
        }
    }
}
