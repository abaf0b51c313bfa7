namespace Bot.Discord.RateLimits;

/// <summary>
/// The bot-wide limit: at most N requests in any sliding second, plus a pause for everyone after a global 429.
/// A request holds its slot until its answer arrives and for a full window after that. Counting from the answer
/// rather than the send means no network delay can bunch N+1 requests into one of Discord's seconds: the next request
/// cannot leave before the server has seen the one it replaces plus a second.
/// </summary>
internal sealed class GlobalRateLimiter(int perSecond, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly SlidingWindow _finished = new(timeProvider, Window);
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private long _pausedUntil;

    /// <summary>Waits for a slot; dispose the lease when the answer has arrived. Exempt callers only wait out a pause.</summary>
    public async ValueTask<Lease> WaitAsync(bool exempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetTimestamp();
                wait = timeProvider.GetElapsedTime(now, _pausedUntil);
                released = _released.Task;
                if (wait <= TimeSpan.Zero)
                {
                    if (exempt)
                    {
                        return default;
                    }

                    var finished = _finished.Count(now);
                    if (_inFlight + finished < perSecond)
                    {
                        _inFlight++;
                        return new Lease(this);
                    }

                    // Full: the oldest finished slot frees up first, or an in-flight one finishing starts its window.
                    wait = finished > 0 ? _finished.TimeUntilBelow(finished, now) : Timeout.InfiniteTimeSpan;
                }
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = wait == Timeout.InfiniteTimeSpan ? Task.Delay(Timeout.Infinite, timeout.Token) : Task.Delay(wait, timeProvider, timeout.Token);
            await Task.WhenAny(delay, released);
            await timeout.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
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

    private void Finish()
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            _inFlight--;
            _finished.Add(timeProvider.GetTimestamp());
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
    }

    /// <summary>A slot held until disposed; the default lease (exempt callers) holds nothing.</summary>
    public readonly struct Lease(GlobalRateLimiter? owner) : IDisposable
    {
        public void Dispose() => owner?.Finish();
    }
}
