namespace Bot.Discord.Gateway;

/// <summary>
/// At most 120 payloads per connection in any 60 seconds (more closes the socket with 4008). Other commands may use
/// all but a few, so heartbeats always find room.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _sent = new();

    public int SentInWindow
    {
        get
        {
            lock (_gate)
            {
                Prune(timeProvider.GetTimestamp());
                return _sent.Count;
            }
        }
    }

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var capacity = heartbeat ? DiscordConstants.MaxGatewaySendsPerMinute : DiscordConstants.MaxGatewaySendsPerMinute - DiscordConstants.HeartbeatHeadroom;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetTimestamp();
                Prune(now);
                if (_sent.Count < capacity)
                {
                    _sent.Enqueue(now);
                    return;
                }

                // Wait until enough old sends leave the window to bring the count under capacity.
                var oldest = _sent.ElementAt(_sent.Count - capacity);
                wait = DiscordConstants.GatewaySendWindow - timeProvider.GetElapsedTime(oldest, now);
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), timeProvider, cancellationToken);
        }
    }

    private void Prune(long now)
    {
        while (_sent.Count > 0 && timeProvider.GetElapsedTime(_sent.Peek(), now) >= DiscordConstants.GatewaySendWindow)
        {
            _sent.Dequeue();
        }
    }
}
