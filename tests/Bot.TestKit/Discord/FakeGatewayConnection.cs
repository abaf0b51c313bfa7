using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>The server end of one gateway websocket.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, int number) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public WebSocket Socket { get; } = socket;

    /// <summary>The session this connection identified or resumed into; null before that.</summary>
    public string? SessionId { get; set; }

    /// <summary>When each payload from the client arrived (seconds), for the 120-per-60-seconds rule.</summary>
    public Queue<double> Arrivals { get; } = new();

    public async Task SendAsync(JsonNode payload)
    {
        if (!await TryEnterAsync())
        {
            return;
        }

        try
        {
            if (Socket.State == WebSocketState.Open)
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away; the read loop notices.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends the first half of <paramref name="payload"/> as an unfinished message, then cuts the connection.</summary>
    public async Task SendHalfThenAbortAsync(JsonNode payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        if (!await TryEnterAsync())
        {
            return;
        }

        try
        {
            if (Socket.State == WebSocketState.Open)
            {
                await Socket.SendAsync(bytes.AsMemory(0, bytes.Length / 2), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
            Socket.Abort();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        if (!await TryEnterAsync())
        {
            return;
        }

        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort() => Socket.Abort();

    // A test may send to a connection that has just ended and been disposed: that is a send into the void, not a bug.
    private async Task<bool> TryEnterAsync()
    {
        try
        {
            await _sendLock.WaitAsync();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Socket.Dispose();
        _sendLock.Dispose();
    }
}
