namespace Bot.Discord.RateLimits;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers over the last 10 minutes; Discord blocks the IP at 10,000, so the
/// client spaces requests out above one threshold and refuses them above another.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly SlidingWindow _window = new(timeProvider, DiscordConstants.InvalidRequestWindow);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _window.Count(timeProvider.GetTimestamp());
            }
        }
    }

    public void Add()
    {
        lock (_gate)
        {
            _window.Add(timeProvider.GetTimestamp());
        }
    }
}
