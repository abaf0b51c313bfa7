using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit.Discord;

/// <summary>
/// The gateway websocket: HELLO, IDENTIFY and RESUME with their checks and close codes, heartbeats and ACKs, the
/// 120-per-minute send limit, a session log replayed on resume, and faults a test triggers at will.
/// </summary>
public sealed class FakeGateway(FakeDiscord owner) : IAsyncDisposable
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const int KnownIntents = (1 << 26) - 1;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _dispatchLock = new(1, 1);
    private FakeGatewayConnection? _current;
    private string? _sessionId;
    private long _sequence;
    private List<(long Sequence, JsonObject Payload)> _log = [];
    private int _connections;

    /// <summary>Whether heartbeats are answered; false makes the connection a zombie from the client's side.</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Whether the resume URL answers 503 instead of upgrading (a dead resume host).</summary>
    public bool RefuseResumeUrl { get; set; }

    /// <summary>Connection attempts refused because of <see cref="RefuseResumeUrl"/>.</summary>
    public int RefusedResumeConnections { get; private set; }

    public int Connections => Volatile.Read(ref _connections);

    public int OpenConnections { get; private set; }

    public int ResumeUrlConnections { get; private set; }

    public int Identifies { get; private set; }

    public int Resumes { get; private set; }

    public int HeartbeatsReceived { get; private set; }

    /// <summary>IDENTIFYs sent while session_start_limit.remaining was 0 (Discord would reset the token).</summary>
    public int IdentifiesOverBudget { get; private set; }

    /// <summary>Close codes the client sent (none when it just dropped the connection).</summary>
    public ConcurrentQueue<int> ClientCloseCodes { get; } = new();

    /// <summary>Close codes this fake closed connections with because the client broke a rule (4002, 4008…).</summary>
    public ConcurrentQueue<int> ServerCloseCodes { get; } = new();

    /// <summary>Every payload the client sent: arrival (seconds), opcode, connection number.</summary>
    public ConcurrentQueue<(double At, int Op, int Connection)> Received { get; } = new();

    /// <summary>The last IDENTIFY's <c>d</c>, token removed.</summary>
    public JsonObject? LastIdentify { get; private set; }

    public string? SessionId => _sessionId;

    /// <summary>The connection is identified or resumed and can receive events.</summary>
    public bool IsReady
    {
        get
        {
            lock (_gate)
            {
                return _current?.SessionId is { } id && id == _sessionId;
            }
        }
    }

    /// <summary>Sends an event (op 0) with the next sequence number; with no live connection it waits in the log for a resume.</summary>
    public async Task<long> DispatchAsync(string name, JsonNode data)
    {
        await _dispatchLock.WaitAsync();
        try
        {
            var (payload, connection) = Append(name, data);
            if (connection is not null)
            {
                await connection.SendAsync(payload);
            }

            return payload["s"]!.GetValue<long>();
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Cuts the connection without a close frame.</summary>
    public void Drop() => Current()?.Abort();

    /// <summary>Logs an event, sends half of it, and cuts the connection: the event is lost in transit and must be replayed.</summary>
    public async Task DropMidStreamAsync(string name, JsonNode data)
    {
        await _dispatchLock.WaitAsync();
        try
        {
            var (payload, connection) = Append(name, data);
            if (connection is not null)
            {
                await connection.SendHalfThenAbortAsync(payload);
            }
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Op 7: the client should reconnect and resume.</summary>
    public Task SendReconnectAsync() => Current()?.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null }) ?? Task.CompletedTask;

    /// <summary>Op 9; when not <paramref name="resumable"/> the session is gone and the client must identify.</summary>
    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable)
        {
            EndSession();
        }

        return Current()?.SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable }) ?? Task.CompletedTask;
    }

    /// <summary>Closes the connection with <paramref name="code"/>; codes that end a session end it here too.</summary>
    public Task CloseAsync(int code)
    {
        if (code is 4003 or 4004 or 4007 or 4009 or (>= 4010 and <= 4014))
        {
            EndSession();
        }

        return Current()?.CloseAsync(code, "closed by test") ?? Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Current()?.Abort();
        return ValueTask.CompletedTask;
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (RefuseResumeUrl && context.Request.Path.StartsWithSegments("/gateway-resume", StringComparison.Ordinal))
        {
            RefusedResumeConnections++;
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeGatewayConnection(socket, Interlocked.Increment(ref _connections));
        FakeGatewayConnection? previous;
        lock (_gate)
        {
            previous = _current;
            _current = connection;
            OpenConnections++;
            if (context.Request.Path.StartsWithSegments("/gateway-resume", StringComparison.Ordinal))
            {
                ResumeUrlConnections++;
            }
        }

        previous?.Abort();
        try
        {
            if (context.Request.Query["v"] != "10")
            {
                await connection.CloseAsync(4012, "Invalid API version");
                return;
            }

            if (context.Request.Query["encoding"] != "json")
            {
                await connection.CloseAsync(4002, "Decode error");
                return;
            }

            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = owner.Options.HeartbeatInterval.TotalMilliseconds }, ["s"] = null, ["t"] = null });
            await ReadLoopAsync(connection);
        }
        finally
        {
            lock (_gate)
            {
                OpenConnections--;
                if (_current == connection)
                {
                    _current = null;
                }
            }
        }
    }

    private async Task ReadLoopAsync(FakeGatewayConnection connection)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await connection.Socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return; // dropped without a close frame
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                ClientCloseCodes.Enqueue((int?)connection.Socket.CloseStatus ?? 0);
                return;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > 4096)
            {
                ServerCloseCodes.Enqueue(4002);
                await connection.CloseAsync(4002, "Payload too large");
                return;
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            var close = await HandleAsync(connection, buffer.WrittenMemory);
            buffer.Clear();
            if (close is { } code)
            {
                ServerCloseCodes.Enqueue(code);
                await connection.CloseAsync(code, "closed by fake Discord");
                return;
            }
        }
    }

    // Returns a close code when the payload breaks a rule.
    private async Task<int?> HandleAsync(FakeGatewayConnection connection, ReadOnlyMemory<byte> message)
    {
        var now = owner.Now;
        while (connection.Arrivals.Count > 0 && now - connection.Arrivals.Peek() >= 60)
        {
            connection.Arrivals.Dequeue();
        }

        connection.Arrivals.Enqueue(now);
        if (connection.Arrivals.Count > 120)
        {
            return 4008;
        }

        JsonObject payload;
        int op;
        try
        {
            payload = JsonNode.Parse(message.Span) as JsonObject ?? throw new JsonException("not an object");
            op = payload["op"]!.GetValue<int>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            return 4002;
        }

        Received.Enqueue((now, op, connection.Number));
        var data = payload["d"];
        switch (op)
        {
            case 1:
                HeartbeatsReceived++;
                if (AckHeartbeats)
                {
                    await connection.SendAsync(new JsonObject { ["op"] = 11 });
                }

                return null;
            case 2:
                return await IdentifyAsync(connection, data as JsonObject);
            case 6:
                return await ResumeAsync(connection, data as JsonObject);
            case 3 or 4 or 8:
                return connection.SessionId is null ? 4003 : null;
            default:
                return connection.SessionId is null ? 4003 : 4001;
        }
    }

    private async Task<int?> IdentifyAsync(FakeGatewayConnection connection, JsonObject? data)
    {
        if (connection.SessionId is not null)
        {
            return 4005;
        }

        if (data?["token"]?.ToString() != owner.Options.Token)
        {
            return 4004;
        }

        if (data["intents"] is not JsonValue intentsValue || !intentsValue.TryGetValue<int>(out var intents) || data["properties"] is not JsonObject)
        {
            return 4002;
        }

        if ((intents & ~KnownIntents) != 0)
        {
            return 4013;
        }

        if ((intents & PrivilegedIntents) != 0 && !owner.Options.PrivilegedIntentsEnabled)
        {
            return 4014;
        }

        if (data["shard"] is JsonArray shard && (shard.Count != 2 || shard[1]!.GetValue<int>() < 1 || shard[0]!.GetValue<int>() < 0 || shard[0]!.GetValue<int>() >= shard[1]!.GetValue<int>()))
        {
            return 4010;
        }

        Identifies++;
        if (owner.Options.SessionStartRemaining <= 0)
        {
            IdentifiesOverBudget++;
        }

        owner.Options.SessionStartRemaining--;
        var identify = (JsonObject)data.DeepClone();
        identify.Remove("token");
        LastIdentify = identify;
        await _dispatchLock.WaitAsync();
        try
        {
            string sessionId;
            lock (_gate)
            {
                sessionId = Guid.NewGuid().ToString("N");
                _sessionId = sessionId;
                _sequence = 0;
                _log = [];
                connection.SessionId = sessionId;
            }

            var resumeUrl = owner.GatewayUrl.ToString().Replace("/gateway", "/gateway-resume", StringComparison.Ordinal);
            var (ready, _) = Append("READY", new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = FakeDiscord.Id(owner.Options.ApplicationId), ["username"] = "attribution-watch", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = sessionId,
                ["resume_gateway_url"] = resumeUrl,
                ["shard"] = data["shard"]?.DeepClone(),
                ["application"] = new JsonObject { ["id"] = FakeDiscord.Id(owner.Options.ApplicationId), ["flags"] = 0 },
                ["_trace"] = new JsonArray("[\"fake-gateway\"]"),
            });
            await connection.SendAsync(ready);
        }
        finally
        {
            _dispatchLock.Release();
        }

        return null;
    }

    private async Task<int?> ResumeAsync(FakeGatewayConnection connection, JsonObject? data)
    {
        if (connection.SessionId is not null)
        {
            return 4005;
        }

        if (data?["token"]?.ToString() != owner.Options.Token)
        {
            return 4004;
        }

        var sessionId = data["session_id"]?.ToString();
        var seq = data["seq"] is JsonValue s && s.TryGetValue<long>(out var parsed) ? parsed : -1;
        await _dispatchLock.WaitAsync();
        try
        {
            List<JsonObject> replay;
            lock (_gate)
            {
                if (sessionId is null || sessionId != _sessionId)
                {
                    replay = [];
                }
                else if (seq < 0 || seq > _sequence)
                {
                    return 4007;
                }
                else
                {
                    replay = [.. _log.Where(e => e.Sequence > seq).Select(e => e.Payload)];
                }
            }

            if (sessionId != _sessionId)
            {
                await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
                return null;
            }

            Resumes++;
            foreach (var payload in replay)
            {
                await connection.SendAsync(payload.DeepClone());
            }

            lock (_gate)
            {
                connection.SessionId = sessionId;
            }

            var (resumed, _) = Append("RESUMED", new JsonObject { ["_trace"] = new JsonArray("[\"fake-gateway\"]") });
            await connection.SendAsync(resumed);
        }
        finally
        {
            _dispatchLock.Release();
        }

        return null;
    }

    // Adds an event to the session log; returns it and the connection that should get it now, if any.
    private (JsonObject Payload, FakeGatewayConnection? Connection) Append(string name, JsonNode data)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            var payload = new JsonObject { ["op"] = 0, ["t"] = name, ["s"] = sequence, ["d"] = data.DeepClone() };
            _log.Add((sequence, payload));
            var live = _current is { } current && current.SessionId is not null && current.SessionId == _sessionId ? current : null;
            return ((JsonObject)payload.DeepClone(), live);
        }
    }

    private void EndSession()
    {
        lock (_gate)
        {
            _sessionId = null;
            _log = [];
        }
    }

    private FakeGatewayConnection? Current()
    {
        lock (_gate)
        {
            return _current;
        }
    }
}
