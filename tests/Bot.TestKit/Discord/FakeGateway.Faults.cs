using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>Faults a test injects into the live connection: drops, reconnect requests, invalid sessions, closes.</summary>
public sealed partial class FakeGateway
{
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
            _sessions.End();
        }

        return Current()?.SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable }) ?? Task.CompletedTask;
    }

    /// <summary>Closes the connection with <paramref name="code"/>; codes that end a session end it here too.</summary>
    public Task CloseAsync(int code)
    {
        if (CloseCodes.EndsSession(code))
        {
            _sessions.End();
        }

        return Current()?.CloseAsync(code, "closed by test") ?? Task.CompletedTask;
    }
}
