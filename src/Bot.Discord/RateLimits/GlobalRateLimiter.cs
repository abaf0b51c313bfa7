namespace Bot.Discord.RateLimits;

/// <summary>
/// The bot-wide limit: at most N requests in any sliding second (a log of send times, so two windows can never add
/// up to 2N), plus a pause for everyone after a global 429.
/// </summary>
internal sealed class GlobalRateLimiter(int perSecond, TimeProvider timeProvider)
{
    // A little over a second, so that a request's trip to the server cannot squeeze N+1 into the server's second.
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);

    private readonly Lock _gate = new();
    private readonly Queue<long> _sent = new();
    private long _pausedUntil;

    public async ValueTask WaitAsync(bool exempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = exempt ? PauseLeft() : TryTake();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>A global 429: every request waits <paramref name="retryAfter"/>.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        var until = timeProvider.GetTimestamp() + (long)(retryAfter.TotalSeconds * timeProvider.TimestampFrequency);
        lock (_gate)
        {
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    private TimeSpan PauseLeft()
    {
        lock (_gate)
        {
            return timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), _pausedUntil);
        }
    }

    private TimeSpan TryTake()
    {
        lock (_gate)
        {
            var now = timeProvider.GetTimestamp();
            var pause = timeProvider.GetElapsedTime(now, _pausedUntil);
            if (pause > TimeSpan.Zero)
            {
                return pause;
            }

            while (_sent.Count > 0 && timeProvider.GetElapsedTime(_sent.Peek(), now) >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < perSecond)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return Window - timeProvider.GetElapsedTime(_sent.Peek(), now);
        }
    }
}
