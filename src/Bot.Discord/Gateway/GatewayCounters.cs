namespace Bot.Discord.Gateway;

/// <summary>Live resources and counts of the gateway client, so tests and diagnostics can see that reconnects leak nothing.</summary>
public sealed class GatewayCounters
{
    private int _connections;
    private int _heartbeatLoops;
    private int _identifies;
    private int _resumes;
    private int _rateLimited;

    /// <summary>Transports open now (0 or 1 in steady state).</summary>
    public int LiveConnections => Volatile.Read(ref _connections);

    /// <summary>Heartbeat loops running now (0 or 1 in steady state).</summary>
    public int LiveHeartbeatLoops => Volatile.Read(ref _heartbeatLoops);

    /// <summary>IDENTIFYs sent since start (each costs one of the 1000 daily session starts).</summary>
    public int Identifies => Volatile.Read(ref _identifies);

    /// <summary>RESUMEs sent since start.</summary>
    public int Resumes => Volatile.Read(ref _resumes);

    /// <summary>RATE_LIMITED events received since start (a gateway command such as Request Guild Members refused for now).</summary>
    public int RateLimited => Volatile.Read(ref _rateLimited);

    internal void ConnectionOpened() => Interlocked.Increment(ref _connections);

    internal void ConnectionClosed() => Interlocked.Decrement(ref _connections);

    internal void HeartbeatStarted() => Interlocked.Increment(ref _heartbeatLoops);

    internal void HeartbeatStopped() => Interlocked.Decrement(ref _heartbeatLoops);

    internal void Identified() => Interlocked.Increment(ref _identifies);

    internal void Resumed() => Interlocked.Increment(ref _resumes);

    internal void RateLimitedReceived() => Interlocked.Increment(ref _rateLimited);
}
