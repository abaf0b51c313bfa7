using System.Net.WebSockets;
using System.Text.Json;
using Bot.Discord.RateLimits;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// The state of one connection and nothing else: its transport, its heartbeat loop, its ACK flag and its send budget.
/// A new connection starts clean, so nothing from an old socket (a stale ACK flag, a timer) can touch the new one.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cts;
    private readonly AsyncLock _sendLock = new();
    private readonly GatewaySendLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly GatewaySession _session;
    private readonly GatewayCounters _counters;
    private readonly ILogger _logger;
    private Task _heartbeat = Task.CompletedTask;
    private int _awaitingAck;
    private int _zombie;

    public GatewayConnection(IGatewayTransport transport, GatewaySession session, GatewayCounters counters, TimeProvider timeProvider, ILogger logger, CancellationToken stoppingToken)
    {
        Transport = transport;
        _session = session;
        _counters = counters;
        _timeProvider = timeProvider;
        _logger = logger;
        _limiter = new GatewaySendLimiter(timeProvider);
        _cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        counters.ConnectionOpened();
    }

    public IGatewayTransport Transport { get; }

    /// <summary>Cancelled when this connection ends (zombie, or the client stopping).</summary>
    public CancellationToken Token => _cts.Token;

    public bool IsZombie => Volatile.Read(ref _zombie) == 1;

    /// <summary>Starts heartbeating: the first beat after interval × jitter in [0, 1), then every interval.</summary>
    public void StartHeartbeat(TimeSpan interval)
    {
        Interlocked.Exchange(ref _awaitingAck, 0);
        _heartbeat = HeartbeatLoopAsync(interval, _cts.Token);
    }

    public void Acknowledge() => Interlocked.Exchange(ref _awaitingAck, 0);

    public Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<long?>(GatewayOpCode.Heartbeat, _session.Sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64), heartbeat: true, cancellationToken);

    public async Task SendAsync(byte[] payload, bool heartbeat, CancellationToken cancellationToken)
    {
        if (payload.Length > DiscordConstants.MaxGatewayPayloadBytes)
        {
            throw new ArgumentException($"A gateway payload may not exceed {DiscordConstants.MaxGatewayPayloadBytes} bytes (got {payload.Length}).", nameof(payload));
        }

        using (await _limiter.WaitAsync(heartbeat, cancellationToken))
        using (await _sendLock.AcquireAsync(cancellationToken))
        {
            await Transport.SendAsync(payload, cancellationToken);
        }
    }

    /// <summary>Closes with a code that keeps the session resumable (never 1000/1001), aborting if that cannot be done quickly.</summary>
    public async Task CloseAsync(int closeCode)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout, _timeProvider);
        try
        {
            using (await _sendLock.AcquireAsync(timeout.Token))
            {
                await Transport.CloseAsync(closeCode, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // A send is stuck; disposing the transport aborts the socket.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        await _heartbeat;
        await Transport.DisposeAsync();
        _cts.Dispose();
        _sendLock.Dispose();
        _counters.ConnectionClosed();
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        _counters.HeartbeatStarted();
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), _timeProvider, cancellationToken);
            while (true)
            {
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    // No ACK since our last beat: a zombie connection. Close it (resumably) and let the client resume.
                    Log.ZombieConnection(_logger, interval.TotalMilliseconds);
                    Interlocked.Exchange(ref _zombie, 1);
                    await CloseAsync(GatewayCloseCode.Reconnecting);
                    await _cts.CancelAsync();
                    return;
                }

                await SendHeartbeatAsync(cancellationToken);
                await Task.Delay(interval, _timeProvider, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended.
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket went away under us; the receive loop sees the same and decides what next.
        }
        finally
        {
            _counters.HeartbeatStopped();
        }
    }
}
