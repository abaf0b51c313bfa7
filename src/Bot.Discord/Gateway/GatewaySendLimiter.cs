using Bot.Discord.RateLimits;

namespace Bot.Discord.Gateway;

/// <summary>
/// At most 120 payloads per connection in any 60 seconds (more closes the socket with 4008). Other commands may use
/// all but a few, so heartbeats always find room. A send counts from when it has left, not from when it was allowed:
/// sends queue behind each other, and the gateway counts arrivals.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider)
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(5);

    // The gateway counts what it has read, which may be a little after we sent it: keep a second in hand.
    private static readonly TimeSpan Window = DiscordConstants.GatewaySendWindow + TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly SlidingWindow _sent = new(timeProvider, Window);
    private int _inFlight;

    /// <summary>Waits for room; dispose the lease once the payload has been sent.</summary>
    public async Task<Lease> WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var capacity = heartbeat ? DiscordConstants.MaxGatewaySendsPerMinute : DiscordConstants.MaxGatewaySendsPerMinute - DiscordConstants.HeartbeatHeadroom;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetTimestamp();
                var sent = _sent.Count(now);
                if (sent + _inFlight < capacity)
                {
                    _inFlight++;
                    return new Lease(this);
                }

                // Room comes when enough finished sends leave the window; sends still going finish soon.
                var room = capacity - _inFlight;
                wait = room > 0 ? _sent.TimeUntilBelow(room, now) : MinimumWait;
            }

            await Task.Delay(wait > MinimumWait ? wait : MinimumWait, timeProvider, cancellationToken);
        }
    }

    private void Finish()
    {
        lock (_gate)
        {
            _inFlight--;
            _sent.Add(timeProvider.GetTimestamp());
        }
    }

    public readonly struct Lease(GatewaySendLimiter owner) : IDisposable
    {
        public void Dispose() => owner.Finish();
    }
}
