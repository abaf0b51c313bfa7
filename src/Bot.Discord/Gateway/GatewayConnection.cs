using System.Net.WebSockets;
using System.Text.Json;
using Bot.Discord.RateLimits;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// The state of one connection and nothing else: its transport, its heartbeat loop, its ACK flag and its send budget.
/// A new connection starts clean, so nothing from an old socket (a stale ACK flag, a timer) can touch the new one.
/// When the client stops, the connection closes with 1000 and waits briefly for Discord's close frame (a clean
/// handshake) before the socket goes; cancelling the pending read instead would abort the socket with no close at all.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    // How long a stopping client waits for Discord to answer its close frame before cutting the connection.
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cts = new();
    private readonly AsyncLock _sendLock = new();
    private readonly GatewaySendLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly GatewaySession _session;
    private readonly GatewayCounters _counters;
    private readonly ILogger _logger;
    private readonly CancellationTokenRegistration _stopping;
    private Task _heartbeat = Task.CompletedTask;
    private Task _closeSent = Task.CompletedTask;
    private Task _closeWatchdog = Task.CompletedTask;
    private int _awaitingAck;
    private int _zombie;
    private int _stopRequested;
    private int _endRead;

    public GatewayConnection(IGatewayTransport transport, GatewaySession session, GatewayCounters counters, TimeProvider timeProvider, ILogger logger, CancellationToken stoppingToken)
    {
        Transport = transport;
        _session = session;
        _counters = counters;
        _timeProvider = timeProvider;
        _logger = logger;
        _limiter = new GatewaySendLimiter(timeProvider);
        counters.ConnectionOpened();

        // Last: an already-stopped token runs the callback here, and it needs everything above.
        _stopping = stoppingToken.Register(static state => ((GatewayConnection)state!).BeginStop(), this);
    }

    public IGatewayTransport Transport { get; }

    /// <summary>Cancelled when this connection ends (zombie, disposal, or a stop whose close Discord did not answer).</summary>
    public CancellationToken Token => _cts.Token;

    /// <summary>The receiver read the end of the connection (a close frame, or none): nothing is left to drain.</summary>
    public void EndRead() => Interlocked.Exchange(ref _endRead, 1);

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

    /// <summary>Sends a close frame with <paramref name="closeCode"/>, aborting if that cannot be done quickly.</summary>
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
        await _stopping.DisposeAsync();
        if (Volatile.Read(ref _stopRequested) == 1)
        {
            await _closeSent;
            if (Volatile.Read(ref _endRead) == 0)
            {
                await DrainUntilClosedAsync(); // the receiver left before Discord's close frame came: read it here
            }
        }

        await _cts.CancelAsync();
        await _closeWatchdog;
        await _heartbeat;
        await Transport.DisposeAsync();
        _cts.Dispose();
        _sendLock.Dispose();
        _counters.ConnectionClosed();
    }

    // The process is stopping: close with 1000 so Discord ends the session now. The receiver goes on reading until
    // Discord's close frame comes back; if it does not come in time, the watchdog cuts the connection.
    private void BeginStop()
    {
        if (Interlocked.Exchange(ref _stopRequested, 1) == 1)
        {
            return;
        }

        Log.Stopping(_logger, GatewayCloseCode.Normal);
        _closeSent = CloseAsync(GatewayCloseCode.Normal);
        _closeWatchdog = CutIfUnansweredAsync();
    }

    private async Task CutIfUnansweredAsync()
    {
        await _closeSent;
        try
        {
            await Task.Delay(CloseHandshakeTimeout, _timeProvider, _cts.Token);
            await _cts.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // Disposed first: the connection ended anyway.
        }
    }

    private async Task DrainUntilClosedAsync()
    {
        using var timeout = new CancellationTokenSource(CloseHandshakeTimeout, _timeProvider);
        try
        {
            while (!(await Transport.ReceiveAsync(timeout.Token)).IsClosed)
            {
                // Events after our close are not handled: the session is over.
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // No answer, or the socket is already gone: nothing more to read.
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        _counters.HeartbeatStarted();
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), _timeProvider, cancellationToken);
            while (Volatile.Read(ref _stopRequested) == 0)
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
        catch (OperationCanceledException)
        {
            // The connection ended: our token, or a socket aborted under a send (the websocket reports that as a
            // cancellation too, before our token is set). Either way the receive loop decides what next.
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket went away under us; the receive loop sees the same and decides what next.
        }
        finally
        {
            _counters.HeartbeatStopped();
        }
    }
}
