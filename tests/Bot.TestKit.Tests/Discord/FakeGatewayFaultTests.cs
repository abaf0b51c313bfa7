using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>Each gateway fault the fake can inject, as a bare ClientWebSocket meets it.</summary>
public sealed class FakeGatewayFaultTests
{
    private static Task<FakeDiscord> StartAsync() => FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock() });

    [Fact]
    public async Task Drop_Connected_ConnectionEndsWithoutCloseFrame()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            fake.Gateway.Drop();

            await Should.ThrowAsync<WebSocketException>(() => gateway.ReceiveAsync());
            gateway.Socket.CloseStatus.ShouldBeNull();
        }
    }

    [Fact]
    public async Task DropMidStream_Connected_NoWholeMessageThenCutAndTheEventKeptForReplay()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await fake.Gateway.DropMidStreamAsync("TEST", new JsonObject { ["n"] = 7 });

            // The half may arrive as an unfinished frame or be lost with the reset; a whole message never arrives.
            var buffer = new byte[8192];
            var frames = new List<bool>();
            await Should.ThrowAsync<WebSocketException>(async () =>
            {
                while (true)
                {
                    frames.Add((await gateway.ReceiveFrameAsync(buffer)).EndOfMessage);
                }
            });
            frames.ShouldNotContain(true);
        }

        await using var resumed = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = fake.Options.Token, ["session_id"] = fake.Gateway.SessionId, ["seq"] = 1 } });
        var replayed = await resumed.ReceiveAsync();
        replayed["d"]!["n"]!.GetValue<int>().ShouldBe(7);
        replayed["s"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task SendReconnect_Connected_Op7WithNullData()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await fake.Gateway.SendReconnectAsync();

            var reconnect = await gateway.ReceiveAsync();
            reconnect["op"]!.GetValue<int>().ShouldBe(7);
            reconnect.ContainsKey("d").ShouldBeTrue();
            reconnect["d"].ShouldBeNull();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendInvalidSession_Connected_Op9AndSessionKeptOnlyWhenResumable(bool resumable)
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await fake.Gateway.SendInvalidSessionAsync(resumable);

            var invalid = await gateway.ReceiveAsync();
            invalid["op"]!.GetValue<int>().ShouldBe(9);
            invalid["d"]!.GetValue<bool>().ShouldBe(resumable);
            (fake.Gateway.SessionId is not null).ShouldBe(resumable);
        }
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4009, false)]
    [InlineData(4004, false)]
    public async Task Close_WithCode_ClientSeesCodeAndSessionEndsAsDocumented(int code, bool sessionKept)
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await fake.Gateway.CloseAsync(code);

            (await gateway.ReceiveCloseAsync()).Code.ShouldBe(code);
            (fake.Gateway.SessionId is not null).ShouldBe(sessionKept);
        }
    }

    [Fact]
    public async Task AckHeartbeatsOff_Heartbeat_NoAck()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            fake.Gateway.AckHeartbeats = false;

            await gateway.SendAsync(RawGateway.Heartbeat(1));
            await gateway.SendAsync(new JsonObject { ["op"] = 99, ["d"] = null }); // handled after the heartbeat: closes 4001

            var (code, before) = await gateway.ReceiveCloseAsync();
            before.ShouldBeEmpty(); // an ACK would have come before the close
            code.ShouldBe(4001);
            fake.Gateway.HeartbeatsReceived.ShouldBe(1);
        }
    }

    [Fact]
    public async Task RefuseResumeUrl_ConnectToResumeUrl_503ButMainUrlStillWorks()
    {
        await using var fake = await StartAsync();
        var (gateway, ready) = await RawGateway.IdentifiedAsync(fake);
        await gateway.DisposeAsync();
        fake.Gateway.RefuseResumeUrl = true;

        await Should.ThrowAsync<WebSocketException>(() => RawGateway.ConnectAsync(new Uri(ready["d"]!["resume_gateway_url"]!.GetValue<string>())));
        await using var main = await RawGateway.ConnectAsync(fake.GatewayUrl);

        (await main.ReceiveAsync())["op"]!.GetValue<int>().ShouldBe(10);
        fake.Gateway.RefusedResumeConnections.ShouldBe(1);
    }
}
