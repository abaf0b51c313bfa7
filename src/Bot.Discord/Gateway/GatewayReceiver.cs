using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// The read side of one connection: every payload Discord sends, answered as documented. Events go into the bounded
/// dispatch queue and are never handled here, so a slow handler cannot stall heartbeats or reads.
/// </summary>
internal sealed class GatewayReceiver(GatewayClient client, GatewayConnection connection, bool resume)
{
    // Op 9 with d=false is usually an identify rate limit: wait a random 1–5 s before identifying again.
    private static readonly TimeSpan MinInvalidSessionDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxInvalidSessionDelay = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = client.Logger;
    private readonly GatewaySession _session = client.Session;
    private bool _confirmed;

    public async Task<ConnectionOutcome> RunAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            GatewayFrame frame;
            try
            {
                frame = await connection.Transport.ReceiveAsync(connection.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                frame = GatewayFrame.Closed(null); // the heartbeat loop gave up on a zombie
            }

            if (connection.IsZombie)
            {
                return new ConnectionOutcome(ConnectionNext.Resume, _confirmed);
            }

            if (frame.IsClosed)
            {
                connection.EndRead();
                stoppingToken.ThrowIfCancellationRequested(); // after our own close on stopping: Discord answered it
                return Closed(frame.CloseCode);
            }

            ConnectionOutcome? outcome;
            try
            {
                outcome = await HandleAsync(frame.Message, stoppingToken);
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException
                || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                // A send failed because the socket went away: the same as reading the end of it.
                outcome = connection.IsZombie ? new ConnectionOutcome(ConnectionNext.Resume, _confirmed) : Closed(null);
            }

            if (outcome is not null)
            {
                return outcome;
            }
        }
    }

    private ConnectionOutcome Closed(int? code)
    {
        Log.ConnectionClosed(_logger, code ?? 0);
        return code switch
        {
            null => new ConnectionOutcome(ConnectionNext.Resume, _confirmed),
            { } c when GatewayCloseCode.IsFatal(c) => new ConnectionOutcome(ConnectionNext.Fatal, _confirmed, c),
            { } c when GatewayCloseCode.EndsSession(c) => new ConnectionOutcome(ConnectionNext.Identify, _confirmed, c),
            GatewayCloseCode.RateLimited => new ConnectionOutcome(ConnectionNext.Resume, Confirmed: false, code),
            _ => new ConnectionOutcome(ConnectionNext.Resume, _confirmed, code),
        };
    }

    private async Task<ConnectionOutcome?> HandleAsync(ReadOnlyMemory<byte> message, CancellationToken stoppingToken)
    {
        int op;
        JsonElement data;
        long? sequence;
        string? name;
        try
        {
            using var json = JsonDocument.Parse(message);
            var root = json.RootElement;
            op = root.GetProperty("op").GetInt32();
            data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
            name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            Log.UnreadablePayload(_logger, message.Length);
            return null;
        }

        try
        {
            return await HandleOpAsync(op, data, sequence, name, stoppingToken);
        }
        catch (JsonException exception)
        {
            // A HELLO or READY we cannot read leaves the session unusable: start over on a fresh connection.
            Log.MalformedPayload(_logger, op, name ?? string.Empty, exception.Message);
            await connection.CloseAsync(GatewayCloseCode.Reconnecting);
            return new ConnectionOutcome(resume ? ConnectionNext.Resume : ConnectionNext.Identify, _confirmed, Delay: MinInvalidSessionDelay);
        }
    }

    private async Task<ConnectionOutcome?> HandleOpAsync(int op, JsonElement data, long? sequence, string? name, CancellationToken stoppingToken)
    {
        switch (op)
        {
            case GatewayOpCode.Hello:
                var hello = data.Deserialize(DiscordJsonContext.Default.HelloData) ?? throw new JsonException("HELLO without data");
                connection.StartHeartbeat(TimeSpan.FromMilliseconds(hello.HeartbeatInterval));
                await (resume ? SendResumeAsync(connection.Token) : SendIdentifyAsync(connection.Token));
                return null;
            case GatewayOpCode.HeartbeatAck:
                connection.Acknowledge();
                return null;
            case GatewayOpCode.Heartbeat:
                await connection.SendHeartbeatAsync(connection.Token); // Discord asked: answer at once
                return null;
            case GatewayOpCode.Reconnect:
                Log.ReconnectRequested(_logger);
                await connection.CloseAsync(GatewayCloseCode.Reconnecting);
                return new ConnectionOutcome(ConnectionNext.Resume, _confirmed, Delay: TimeSpan.Zero);
            case GatewayOpCode.InvalidSession:
                var resumable = data.ValueKind == JsonValueKind.True;
                Log.InvalidSession(_logger, resumable);
                await connection.CloseAsync(GatewayCloseCode.Reconnecting);
                return resumable
                    ? new ConnectionOutcome(ConnectionNext.Resume, _confirmed, Delay: TimeSpan.Zero)
                    : new ConnectionOutcome(ConnectionNext.Identify, _confirmed, Delay: MinInvalidSessionDelay + ((MaxInvalidSessionDelay - MinInvalidSessionDelay) * Random.Shared.NextDouble()));
            case GatewayOpCode.Dispatch when name is not null && sequence is { } seq:
                await DispatchAsync(name, seq, data, stoppingToken);
                return null;
            default:
                Log.UnknownOpcode(_logger, op);
                return null;
        }
    }

    private async Task DispatchAsync(string name, long sequence, JsonElement data, CancellationToken stoppingToken)
    {
        if (sequence <= (_session.Sequence ?? -1))
        {
            Log.DuplicateDispatch(_logger, name, sequence);
            return; // replayed after a resume, and already queued once
        }

        if (name == "READY")
        {
            var ready = data.Deserialize(DiscordJsonContext.Default.ReadyData) ?? throw new JsonException("READY without data");
            _session.Start(ready.SessionId, ready.ResumeGatewayUrl);
            client.OnReady(ready.Application?.Id);
            _confirmed = true;
            Log.Ready(_logger, client.Options.ShardId, client.Options.ShardCount);
        }
        else if (name == "RESUMED")
        {
            _confirmed = true;
            Log.Resumed(_logger, sequence);
        }
        else if (name == "RATE_LIMITED")
        {
            // A gateway command we sent was refused for now; the connection is fine. Whoever sent it sees the event too.
            var limit = GatewayRateLimit.Read(data);
            Log.GatewayRateLimited(_logger, limit.Opcode, limit.RetryAfter.TotalMilliseconds, limit.GuildId, limit.Nonce);
            client.Counters.RateLimitedReceived();
            DiscordMetrics.RecordGatewayRateLimited(limit.Opcode);
        }

        // Queued first, counted second: an event the queue never took is asked for again on resume.
        await client.Queue.WriteAsync(new GatewayDispatch(name, sequence, data), stoppingToken);
        _session.Advance(sequence);
    }

    private async Task SendIdentifyAsync(CancellationToken cancellationToken)
    {
        var options = client.Options;
        var identify = new IdentifyData(
            options.Token,
            options.Intents,
            new IdentifyProperties(OperatingSystemName(), DiscordConstants.LibraryName, DiscordConstants.LibraryName),
            [options.ShardId, options.ShardCount]);
        client.OnIdentify();
        await connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, identify), DiscordJsonContext.Default.GatewayCommandIdentifyData), heartbeat: false, cancellationToken);
    }

    private async Task SendResumeAsync(CancellationToken cancellationToken)
    {
        var resumeData = new ResumeData(client.Options.Token, _session.SessionId!, _session.Sequence ?? 0);
        client.Counters.Resumed();
        await connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<ResumeData>(GatewayOpCode.Resume, resumeData), DiscordJsonContext.Default.GatewayCommandResumeData), heartbeat: false, cancellationToken);
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unknown";
}
