using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>
/// The gateway websocket: HELLO, IDENTIFY and RESUME with their checks and close codes, heartbeats and ACKs, the
/// 120-per-minute send limit, a session log replayed on resume, and faults a test triggers at will. Split by concern:
/// connections (accept and read loop), commands (what each opcode does), faults (what a test injects); the session
/// and its log live in <see cref="FakeGatewaySessions"/>.
/// </summary>
public sealed partial class FakeGateway(FakeDiscord owner) : IAsyncDisposable
{
    private readonly Lock _gate = new();

    // Held while an event is logged and sent, so events reach a connection in sequence order and a resume's replay
    // cannot interleave with live events.
    private readonly SemaphoreSlim _dispatchLock = new(1, 1);
    // Seconds between two "all members" requests for one guild (Request Guild Members, op 8).
    private const double MemberRequestWindow = 30;

    private readonly FakeGatewaySessions _sessions = new();

    // Guild id -> when its last "all members" request was allowed (fake clock, seconds).
    private readonly Dictionary<string, double> _memberRequests = new(StringComparer.Ordinal);
    private FakeGatewayConnection? _current;
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

    public string? SessionId => _sessions.Id;

    /// <summary>The connection is identified or resumed and can receive events.</summary>
    public bool IsReady => Current()?.SessionId is { } id && id == _sessions.Id;

    /// <summary>Sends an event (op 0) with the next sequence number; with no live connection it waits in the log for a resume.</summary>
    public async Task<long> DispatchAsync(string name, JsonNode? data)
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

    public ValueTask DisposeAsync()
    {
        Current()?.Abort();
        return ValueTask.CompletedTask;
    }

    // Adds an event to the session log; returns it and the connection that should get it now, if any.
    private (JsonObject Payload, FakeGatewayConnection? Connection) Append(string name, JsonNode? data)
    {
        var payload = _sessions.Append(name, data);
        var live = Current() is { } current && current.SessionId is not null && current.SessionId == _sessions.Id ? current : null;
        return (payload, live);
    }

    private FakeGatewayConnection? Current()
    {
        lock (_gate)
        {
            return _current;
        }
    }
}
