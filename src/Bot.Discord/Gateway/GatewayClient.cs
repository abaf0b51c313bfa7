using System.Net.WebSockets;
using System.Text.Json;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: connect, HELLO, IDENTIFY or RESUME, heartbeats, events into the dispatch queue,
/// and on every disconnect the documented choice between resuming, identifying afresh, and stopping for good.
/// </summary>
internal sealed class GatewayClient(
    IDiscordRestClient rest,
    IGatewayTransportFactory transports,
    DispatchQueue queue,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<GatewayClient> logger)
{
    // After this many resumes in a row that never saw RESUMED, the session is treated as dead.
    private const int MaxFailedResumes = 3;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    private readonly DiscordOptions _options = options.Value;
    private readonly GatewaySession _session = new();
    private GatewayConnection? _current;
    private long? _lastIdentify;

    public GatewayCounters Counters { get; } = new();

    /// <summary>The application id READY named, once connected.</summary>
    public Snowflake? ApplicationId { get; private set; }

    internal GatewaySession Session => _session;

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled or Discord says something fatal.</summary>
    public async Task<GatewayRunResult> RunAsync(CancellationToken stoppingToken)
    {
        var dispatching = queue.RunAsync(stoppingToken);
        try
        {
            return await ConnectLoopAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return GatewayRunResult.Stopped;
        }
        finally
        {
            queue.Complete();
            await dispatching;
        }
    }

    /// <summary>Sends a command (such as a presence update) on the current connection, within the send budget.</summary>
    internal async Task<bool> TrySendAsync(int opCode, JsonElement data, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is not { } connection)
        {
            return false;
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<JsonElement>(opCode, data), DiscordJsonContext.Default.GatewayCommandJsonElement);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Token);
            await connection.SendAsync(payload, heartbeat: false, linked.Token);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<GatewayRunResult> ConnectLoopAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var failedResumes = 0;
        var connectedBefore = false;
        while (true)
        {
            stoppingToken.ThrowIfCancellationRequested();
            var resume = _session.CanResume;
            string url;
            if (resume)
            {
                url = _session.ResumeUrl!;
            }
            else
            {
                var gateway = await rest.GetGatewayBotAsync(stoppingToken);
                if (!gateway.IsSuccess)
                {
                    if (gateway.Error.Kind == DiscordErrorKind.Unauthorized)
                    {
                        return GatewayRunResult.Fatal(null, "GET /gateway/bot was refused (401): the bot token is wrong (Discord:Token)");
                    }

                    failures++;
                    await DelayAsync(Backoff(failures), resume, stoppingToken);
                    continue;
                }

                url = gateway.Value.Url;
                await WaitForIdentifyBudgetAsync(gateway.Value.SessionStartLimit, stoppingToken);
            }

            if (connectedBefore)
            {
                DiscordMetrics.RecordReconnect(resume);
            }

            connectedBefore = true;
            var outcome = await RunConnectionAsync(url, resume, stoppingToken);
            if (outcome.Next == ConnectionNext.Fatal)
            {
                var code = outcome.CloseCode ?? 0;
                return GatewayRunResult.Fatal(outcome.CloseCode, $"Discord closed the gateway with {code}: {GatewayCloseCode.Describe(code)}");
            }

            if (outcome.Confirmed)
            {
                failures = 0;
                failedResumes = 0;
            }
            else
            {
                failures++;
                if (resume && ++failedResumes >= MaxFailedResumes)
                {
                    _session.Clear(); // a session that will not resume: start a new one rather than loop forever
                    failedResumes = 0;
                }
            }

            if (outcome.Next == ConnectionNext.Identify)
            {
                _session.Clear();
            }

            await DelayAsync(outcome.Delay ?? (failures == 0 ? TimeSpan.Zero : Backoff(failures)), _session.CanResume, stoppingToken);
        }
    }

    private async Task DelayAsync(TimeSpan delay, bool resume, CancellationToken stoppingToken)
    {
        Log.Reconnecting(logger, delay.TotalMilliseconds, resume);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
        }
    }

    // Doubling from one second, capped, with jitter so that many shards do not come back in step.
    private TimeSpan Backoff(int failures)
    {
        var doubled = FirstBackoff * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = doubled < _options.ReconnectMaxDelay ? doubled : _options.ReconnectMaxDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private async Task WaitForIdentifyBudgetAsync(SessionStartLimit limit, CancellationToken stoppingToken)
    {
        if (limit.Remaining <= 0)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            Log.IdentifyWaiting(logger, wait.TotalMilliseconds, "session_start_limit exhausted");
            await Task.Delay(wait, timeProvider, stoppingToken);
        }

        if (_lastIdentify is { } last)
        {
            var spacing = DiscordConstants.IdentifyWindow / Math.Max(1, limit.MaxConcurrency);
            var wait = spacing - timeProvider.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                Log.IdentifyWaiting(logger, wait.TotalMilliseconds, "max_concurrency");
                await Task.Delay(wait, timeProvider, stoppingToken);
            }
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(string url, bool resume, CancellationToken stoppingToken)
    {
        await using var connection = new GatewayConnection(transports.Create(), _session, Counters, timeProvider, logger, stoppingToken);
        var uri = GatewayUri(url);
        Log.Connecting(logger, uri.Host, uri.Port, resume);
        try
        {
            await connection.Transport.ConnectAsync(uri, stoppingToken);
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException or IOException)
        {
            Log.ConnectFailed(logger, uri.Host, exception.GetType().Name, exception.Message);
            return new ConnectionOutcome(resume ? ConnectionNext.Resume : ConnectionNext.Identify, Confirmed: false);
        }

        Volatile.Write(ref _current, connection);
        try
        {
            var receiver = new GatewayReceiver(this, connection, resume);
            return await receiver.RunAsync(stoppingToken);
        }
        finally
        {
            Interlocked.CompareExchange(ref _current, null, connection);
        }
    }

    internal static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = $"v={DiscordConstants.GatewayVersion}&encoding=json" };
        return builder.Uri;
    }

    // Called by the receiver, which owns the protocol of one connection.
    internal DispatchQueue Queue => queue;

    internal DiscordOptions Options => _options;

    internal ILogger Logger => logger;

    internal void OnIdentify()
    {
        _lastIdentify = timeProvider.GetTimestamp();
        Counters.Identified();
    }

    internal void OnReady(Snowflake? applicationId) => ApplicationId = applicationId ?? ApplicationId;
}
