using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit.Discord;

/// <summary>Accepting a connection (URL checks, HELLO) and its read loop: whole messages, the size cap, the client's close.</summary>
public sealed partial class FakeGateway
{
    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var onResumeUrl = context.Request.Path.StartsWithSegments("/gateway-resume", StringComparison.Ordinal);
        if (RefuseResumeUrl && onResumeUrl)
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
            if (onResumeUrl)
            {
                ResumeUrlConnections++;
            }
        }

        previous?.Abort();
        try
        {
            if (context.Request.Query["v"] != "10")
            {
                await connection.CloseAsync(CloseCodes.InvalidApiVersion, "Invalid API version");
                return;
            }

            if (context.Request.Query["encoding"] != "json")
            {
                await connection.CloseAsync(CloseCodes.DecodeError, "Decode error");
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
                var clientCode = (int?)connection.Socket.CloseStatus ?? 0;
                if (clientCode is CloseCodes.Normal or CloseCodes.GoingAway)
                {
                    _sessions.End(); // documented: 1000 and 1001 from the client invalidate the session
                }

                ClientCloseCodes.Enqueue(clientCode);
                // Answer with the same code, completing the handshake (codes that may not be sent get 1000).
                await connection.CloseAsync(clientCode is CloseCodes.GoingAway or (>= 3000 and <= 4999) ? clientCode : CloseCodes.Normal, "closing");
                return;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > 4096)
            {
                ServerCloseCodes.Enqueue(CloseCodes.DecodeError);
                await connection.CloseAsync(CloseCodes.DecodeError, "Payload too large");
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
}
