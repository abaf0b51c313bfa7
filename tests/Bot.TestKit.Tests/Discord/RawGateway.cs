using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>A bare <see cref="ClientWebSocket"/> on the fake gateway: send and read JSON payloads, see the close code.</summary>
internal sealed class RawGateway : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket = new();

    private RawGateway()
    {
    }

    public WebSocket Socket => _socket;

    public static async Task<RawGateway> ConnectAsync(Uri url, string query = "v=10&encoding=json")
    {
        var gateway = new RawGateway();
        await gateway._socket.ConnectAsync(new UriBuilder(url) { Query = query }.Uri, TestContext.Current.CancellationToken);
        return gateway;
    }

    /// <summary>Connects, reads HELLO and identifies with the fake's token; returns READY.</summary>
    public static async Task<(RawGateway Gateway, JsonObject Ready)> IdentifiedAsync(FakeDiscord fake)
    {
        var gateway = await ConnectAsync(fake.GatewayUrl);
        (await gateway.ReceiveAsync())["op"]!.GetValue<int>().ShouldBe(10);
        await gateway.SendAsync(Identify(fake.Options.Token));
        return (gateway, await gateway.ReceiveAsync());
    }

    public static JsonObject Identify(string token, int intents = 0, JsonArray? shard = null) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "raw", ["device"] = "raw" },
            ["shard"] = shard,
        },
    };

    public static JsonObject Heartbeat(long? sequence) => new() { ["op"] = 1, ["d"] = sequence };

    public Task SendAsync(JsonNode payload) => SendTextAsync(payload.ToJsonString());

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);

    /// <summary>The next whole payload; fails if the connection closes instead.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var (text, closed) = await ReceiveMessageAsync();
        closed.ShouldBeNull($"the gateway closed the connection with {closed} instead of sending a payload");
        return JsonNode.Parse(text!)!.AsObject();
    }

    /// <summary>Reads until the server's close frame and returns its code, with the payloads that came first.</summary>
    public async Task<(int Code, List<JsonObject> Before)> ReceiveCloseAsync()
    {
        var before = new List<JsonObject>();
        while (true)
        {
            var (text, closed) = await ReceiveMessageAsync();
            if (closed is { } code)
            {
                return (code, before);
            }

            before.Add(JsonNode.Parse(text!)!.AsObject());
        }
    }

    /// <summary>One frame as it arrives (a message cut in half shows as a frame without its end).</summary>
    public async Task<ValueWebSocketReceiveResult> ReceiveFrameAsync(Memory<byte> buffer)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ReadTimeout);
        return await _socket.ReceiveAsync(buffer, timeout.Token);
    }

    /// <summary>Cuts the connection without a close frame, as a crashed client or a network failure would.</summary>
    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(string? Text, int? CloseCode)> ReceiveMessageAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await ReceiveFrameAsync(buffer.GetMemory(4096));
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)_socket.CloseStatus ?? 0);
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(buffer.WrittenSpan), null);
            }
        }
    }
}
