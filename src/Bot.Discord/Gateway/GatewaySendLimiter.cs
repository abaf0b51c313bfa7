using Bot.Discord.RateLimits;

namespace Bot.Discord.Gateway;

/// <summary>
/// At most 120 payloads per connection in any 60 seconds (more closes the socket with 4008). Other commands may use
/// all but a few, so heartbeats always find room.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider)
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    private readonly Lock _gate = new();
    private readonly SlidingWindow _sent = new(timeProvider, DiscordConstants.GatewaySendWindow);

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var capacity = heartbeat ? DiscordConstants.MaxGatewaySendsPerMinute : DiscordConstants.MaxGatewaySendsPerMinute - DiscordConstants.HeartbeatHeadroom;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetTimestamp();
                if (_sent.Count(now) < capacity)
                {
                    _sent.Add(now);
                    return;
                }

                wait = _sent.TimeUntilBelow(capacity, now);
            }

            await Task.Delay(wait > MinimumWait ? wait : MinimumWait, timeProvider, cancellationToken);
        }
    }
}
