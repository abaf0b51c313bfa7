using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>What each payload from the client does: the send limit, heartbeats, IDENTIFY, RESUME and the rest.</summary>
public sealed partial class FakeGateway
{
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
            return CloseCodes.RateLimited;
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
            return CloseCodes.DecodeError;
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
            case 8:
                return connection.SessionId is null ? CloseCodes.NotAuthenticated : await RequestGuildMembersAsync(data as JsonObject);
            case 3 or 4:
                return connection.SessionId is null ? CloseCodes.NotAuthenticated : null;
            default:
                return connection.SessionId is null ? CloseCodes.NotAuthenticated : CloseCodes.UnknownOpcode;
        }
    }

    // Op 8: an "all members" request (empty query) is allowed once per guild per 30 seconds; another one within that
    // time gets a RATE_LIMITED event instead of GUILD_MEMBERS_CHUNK (changelog 2025-08-15). The fake knows no members.
    private async Task<int?> RequestGuildMembersAsync(JsonObject? data)
    {
        if (data?["guild_id"] is not JsonValue guild || !guild.TryGetValue<string>(out var guildId))
        {
            return CloseCodes.UnknownOpcode; // also "an invalid payload for an opcode"
        }

        var nonce = data["nonce"]?.DeepClone();
        var allMembers = data["query"] is JsonValue query && query.TryGetValue<string>(out var text) && text.Length == 0;
        var now = owner.Now;
        double? retryAfter = null;
        if (allMembers)
        {
            lock (_gate)
            {
                if (_memberRequests.TryGetValue(guildId, out var last) && now - last < MemberRequestWindow)
                {
                    retryAfter = MemberRequestWindow - (now - last);
                }
                else
                {
                    _memberRequests[guildId] = now;
                }
            }
        }

        if (retryAfter is { } wait)
        {
            await DispatchAsync("RATE_LIMITED", new JsonObject
            {
                ["opcode"] = 8,
                ["retry_after"] = Math.Round(wait, 3),
                ["meta"] = new JsonObject { ["guild_id"] = guildId, ["nonce"] = nonce?.DeepClone() },
            });
        }
        else
        {
            await DispatchAsync("GUILD_MEMBERS_CHUNK", new JsonObject
            {
                ["guild_id"] = guildId,
                ["members"] = new JsonArray(),
                ["chunk_index"] = 0,
                ["chunk_count"] = 1,
                ["nonce"] = nonce,
            });
        }

        return null;
    }

    private async Task<int?> IdentifyAsync(FakeGatewayConnection connection, JsonObject? data)
    {
        if (connection.SessionId is not null)
        {
            return CloseCodes.AlreadyAuthenticated;
        }

        if (FakeIdentifyRules.Check(data, owner.Options) is { } refused)
        {
            return refused;
        }

        Identifies++;
        if (owner.Options.SessionStartRemaining <= 0)
        {
            IdentifiesOverBudget++;
        }

        owner.Options.SessionStartRemaining--;
        var identify = (JsonObject)data!.DeepClone();
        identify.Remove("token");
        LastIdentify = identify;
        await _dispatchLock.WaitAsync();
        try
        {
            var sessionId = _sessions.Start();
            lock (_gate)
            {
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
            return CloseCodes.AlreadyAuthenticated;
        }

        if (data?["token"]?.ToString() != owner.Options.Token)
        {
            return CloseCodes.AuthenticationFailed;
        }

        var sessionId = data["session_id"]?.ToString();
        var seq = data["seq"] is JsonValue s && s.TryGetValue<long>(out var parsed) ? parsed : -1;
        await _dispatchLock.WaitAsync();
        try
        {
            var (replay, close) = _sessions.Replay(sessionId, seq);
            if (close is not null)
            {
                return close;
            }

            if (replay is null)
            {
                // Not the live session (ended, or never ours): the client must identify afresh.
                await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
                return null;
            }

            Resumes++;
            foreach (var payload in replay)
            {
                await connection.SendAsync(payload);
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
}
