using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>
/// The gateway's one session: its id, its sequence numbers and the log of every event sent in it, which a resume
/// replays from the client's last sequence number.
/// </summary>
internal sealed class FakeGatewaySessions
{
    private readonly Lock _gate = new();
    private string? _id;
    private long _sequence;
    private List<(long Sequence, JsonObject Payload)> _log = [];

    public string? Id
    {
        get
        {
            lock (_gate)
            {
                return _id;
            }
        }
    }

    /// <summary>Starts a new session (after IDENTIFY), forgetting the old one and its log.</summary>
    public string Start()
    {
        lock (_gate)
        {
            _id = Guid.NewGuid().ToString("N");
            _sequence = 0;
            _log = [];
            return _id;
        }
    }

    /// <summary>Logs an event with the next sequence number and returns a copy to send.</summary>
    public JsonObject Append(string name, JsonNode? data)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            var payload = new JsonObject { ["op"] = 0, ["t"] = name, ["s"] = sequence, ["d"] = data?.DeepClone() };
            _log.Add((sequence, payload));
            return (JsonObject)payload.DeepClone();
        }
    }

    /// <summary>
    /// What a RESUME of <paramref name="sessionId"/> from <paramref name="seq"/> gets: the events after it, or null
    /// when the session is not this one (op 9) — or <see cref="CloseCodes.InvalidSequence"/> for a sequence never sent.
    /// </summary>
    public (List<JsonObject>? Replay, int? CloseCode) Replay(string? sessionId, long seq)
    {
        lock (_gate)
        {
            if (sessionId is null || sessionId != _id)
            {
                return (null, null);
            }

            if (seq < 0 || seq > _sequence)
            {
                return (null, CloseCodes.InvalidSequence);
            }

            return ([.. _log.Where(e => e.Sequence > seq).Select(e => e.Payload.DeepClone().AsObject())], null);
        }
    }

    public void End()
    {
        lock (_gate)
        {
            _id = null;
            _log = [];
        }
    }
}
