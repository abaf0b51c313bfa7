using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Gateway;

/// <summary>The gateway over <see cref="ClientWebSocket"/>: text frames, messages reassembled until EndOfMessage.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    // READY and GUILD_CREATE can be hundreds of kilobytes; anything beyond this is not Discord.
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();

    public WebSocketGatewayTransport()
    {
        // Discord has its own heartbeat; WebSocket pings would only add noise.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) =>
        _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(16 * 1024);
                var result = await _socket.ReceiveAsync(memory, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayFrame.Closed((int?)_socket.CloseStatus);
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    return GatewayFrame.Closed(null);
                }

                if (result.EndOfMessage)
                {
                    return GatewayFrame.Text(buffer.WrittenMemory);
                }
            }
        }
        catch (WebSocketException)
        {
            return GatewayFrame.Closed(null); // dropped without a close frame: resumable
        }
    }

    public async Task CloseAsync(int closeCode, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            _socket.Abort();
            return;
        }

        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, null, cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
