using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>
/// The fake gateway against the documented protocol, driven with a bare ClientWebSocket: HELLO, IDENTIFY and READY,
/// heartbeats and ACKs, RESUME with replay, and the close code for each rule a client can break.
/// </summary>
public sealed class FakeGatewayTests
{
    private static Task<FakeDiscord> StartAsync(bool privilegedIntents = false) =>
        FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock(), HeartbeatInterval = TimeSpan.FromMilliseconds(41_250), PrivilegedIntentsEnabled = privilegedIntents });

    [Fact]
    public async Task Connect_HelloThenIdentify_ReadyWithSessionAndResumeUrl()
    {
        await using var fake = await StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(fake.GatewayUrl);

        var hello = await gateway.ReceiveAsync();
        await gateway.SendAsync(RawGateway.Identify(fake.Options.Token, intents: 1, shard: [0, 1]));
        var ready = await gateway.ReceiveAsync();

        hello["op"]!.GetValue<int>().ShouldBe(10);
        hello["d"]!["heartbeat_interval"]!.GetValue<double>().ShouldBe(41_250);
        hello["s"].ShouldBeNull();
        hello["t"].ShouldBeNull();
        ready["op"]!.GetValue<int>().ShouldBe(0);
        ready["t"]!.GetValue<string>().ShouldBe("READY");
        ready["s"]!.GetValue<long>().ShouldBe(1);
        var d = ready["d"]!;
        d["v"]!.GetValue<int>().ShouldBe(10);
        d["session_id"]!.GetValue<string>().ShouldBe(fake.Gateway.SessionId);
        d["resume_gateway_url"]!.GetValue<string>().ShouldEndWith("/gateway-resume");
        d["application"]!["id"]!.GetValue<string>().ShouldBe(fake.Options.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        d["user"]!["bot"]!.GetValue<bool>().ShouldBeTrue();
        d["shard"]!.ToJsonString().ShouldBe("[0,1]");
        fake.Gateway.LastIdentify!.ContainsKey("token").ShouldBeFalse();
        fake.Gateway.IsReady.ShouldBeTrue();
        fake.Options.SessionStartRemaining.ShouldBe(999);
    }

    [Fact]
    public async Task Heartbeat_Any_AnsweredWithAckWithoutData()
    {
        await using var fake = await StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await gateway.ReceiveAsync();

        await gateway.SendAsync(RawGateway.Heartbeat(null)); // before IDENTIFY is allowed
        var ack = await gateway.ReceiveAsync();

        ack["op"]!.GetValue<int>().ShouldBe(11);
        ack.ContainsKey("d").ShouldBeFalse(); // op 11 may come with no d at all
        fake.Gateway.HeartbeatsReceived.ShouldBe(1);
    }

    [Fact]
    public async Task Resume_AfterDrop_ReplaysMissedEventsInOrderWithTheirSequenceThenResumed()
    {
        await using var fake = await StartAsync();
        var (first, ready) = await RawGateway.IdentifiedAsync(fake);
        await fake.Gateway.DispatchAsync("TEST", new JsonObject { ["n"] = 1 });
        (await first.ReceiveAsync())["s"]!.GetValue<long>().ShouldBe(2);
        first.Abort(); // no close frame: the session stays resumable
        await first.DisposeAsync();
        await fake.Gateway.DispatchAsync("TEST", new JsonObject { ["n"] = 2 });
        await fake.Gateway.DispatchAsync("TEST", new JsonObject { ["n"] = 3 });

        await using var second = await RawGateway.ConnectAsync(new Uri(ready["d"]!["resume_gateway_url"]!.GetValue<string>()));
        await second.ReceiveAsync(); // HELLO
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = fake.Options.Token, ["session_id"] = fake.Gateway.SessionId, ["seq"] = 2 } });
        var replayed = new[] { await second.ReceiveAsync(), await second.ReceiveAsync(), await second.ReceiveAsync() };

        replayed.Select(p => p["s"]!.GetValue<long>()).ShouldBe([3, 4, 5]);
        replayed[0]["d"]!["n"]!.GetValue<int>().ShouldBe(2);
        replayed[1]["d"]!["n"]!.GetValue<int>().ShouldBe(3);
        replayed[2]["t"]!.GetValue<string>().ShouldBe("RESUMED");
        fake.Gateway.Resumes.ShouldBe(1);
        fake.Gateway.ResumeUrlConnections.ShouldBe(1);
        fake.Gateway.IsReady.ShouldBeTrue();
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, false)]
    [InlineData(4000, true)]
    public async Task ClientClose_WithCode_AnsweredAndSessionEndsOnlyFor1000And1001(int code, bool resumable)
    {
        await using var fake = await StartAsync();
        var (first, _) = await RawGateway.IdentifiedAsync(fake);
        var sessionId = fake.Gateway.SessionId;
        await first.Socket.CloseOutputAsync((WebSocketCloseStatus)code, "bye", TestContext.Current.CancellationToken);
        var answer = await first.ReceiveCloseAsync();
        await first.DisposeAsync();

        await using var second = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = fake.Options.Token, ["session_id"] = sessionId, ["seq"] = 1 } });
        var reply = await second.ReceiveAsync();

        answer.Code.ShouldBe(code); // the close handshake completes with the client's code
        fake.Gateway.ClientCloseCodes.ShouldBe([code]);
        reply["op"]!.GetValue<int>().ShouldBe(resumable ? 0 : 9); // RESUMED, or INVALID SESSION
        reply["t"]?.GetValue<string>().ShouldBe(resumable ? "RESUMED" : null);
    }

    [Fact]
    public async Task RequestGuildMembers_AllMembersTwiceWithin30Seconds_ChunkThenRateLimitedThenChunkAfterWindow()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            var request = new JsonObject { ["op"] = 8, ["d"] = new JsonObject { ["guild_id"] = "41771983444115456", ["query"] = "", ["limit"] = 0, ["nonce"] = "n-1" } };

            await gateway.SendAsync(request);
            var chunk = await gateway.ReceiveAsync();
            clock.Advance(TimeSpan.FromSeconds(10));
            await gateway.SendAsync(request);
            var limited = await gateway.ReceiveAsync();
            clock.Advance(TimeSpan.FromSeconds(20));
            await gateway.SendAsync(request);
            var again = await gateway.ReceiveAsync();

            chunk["t"]!.GetValue<string>().ShouldBe("GUILD_MEMBERS_CHUNK");
            chunk["d"]!["nonce"]!.GetValue<string>().ShouldBe("n-1");
            limited["op"]!.GetValue<int>().ShouldBe(0);
            limited["t"]!.GetValue<string>().ShouldBe("RATE_LIMITED");
            limited["d"]!["opcode"]!.GetValue<int>().ShouldBe(8);
            limited["d"]!["retry_after"]!.GetValue<double>().ShouldBe(20.0); // float seconds
            limited["d"]!["meta"]!["guild_id"]!.GetValue<string>().ShouldBe("41771983444115456");
            limited["d"]!["meta"]!["nonce"]!.GetValue<string>().ShouldBe("n-1");
            again["t"]!.GetValue<string>().ShouldBe("GUILD_MEMBERS_CHUNK");
        }
    }

    [Fact]
    public async Task Resume_SequenceNeverSent_Closes4007()
    {
        await using var fake = await StartAsync();
        var (first, _) = await RawGateway.IdentifiedAsync(fake);
        first.Abort();
        await first.DisposeAsync();

        await using var second = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = fake.Options.Token, ["session_id"] = fake.Gateway.SessionId, ["seq"] = 99 } });

        (await second.ReceiveCloseAsync()).Code.ShouldBe(4007);
    }

    [Fact]
    public async Task Resume_UnknownSession_InvalidSessionNotResumable()
    {
        await using var fake = await StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await gateway.ReceiveAsync();

        await gateway.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = fake.Options.Token, ["session_id"] = "gone", ["seq"] = 1 } });
        var invalid = await gateway.ReceiveAsync();

        invalid["op"]!.GetValue<int>().ShouldBe(9);
        invalid["d"]!.GetValue<bool>().ShouldBeFalse();
    }

    public static TheoryData<string, int> BrokenRules => new()
    {
        { """{"op":2,"d":{"token":"wrong","intents":0,"properties":{"os":"linux","browser":"x","device":"x"}}}""", 4004 },
        { """{"op":3,"d":{"since":null,"activities":[],"status":"online","afk":false}}""", 4003 },
        { """{"op":8,"d":{"guild_id":"1","query":"","limit":0}}""", 4003 },
        { "not json", 4002 },
        { """{"op":2,"d":{"token":"TOKEN","intents":32768,"properties":{"os":"linux","browser":"x","device":"x"}}}""", 4014 },
        { """{"op":2,"d":{"token":"TOKEN","intents":134217728,"properties":{"os":"linux","browser":"x","device":"x"}}}""", 4013 },
        { """{"op":2,"d":{"token":"TOKEN","intents":0,"properties":{"os":"linux","browser":"x","device":"x"},"shard":[2,2]}}""", 4010 },
        { """{"op":2,"d":{"token":"TOKEN","properties":{"os":"linux","browser":"x","device":"x"}}}""", 4002 },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task Payload_BreaksARule_ClosedWithDocumentedCode(string payload, int code)
    {
        await using var fake = await StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await gateway.ReceiveAsync();

        await gateway.SendTextAsync(payload.Replace("TOKEN", fake.Options.Token, StringComparison.Ordinal));

        (await gateway.ReceiveCloseAsync()).Code.ShouldBe(code);
        fake.Gateway.ServerCloseCodes.ShouldBe([code]);
    }

    [Fact]
    public async Task Identify_Twice_Closes4005()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await gateway.SendAsync(RawGateway.Identify(fake.Options.Token));

            (await gateway.ReceiveCloseAsync()).Code.ShouldBe(4005);
        }
    }

    [Fact]
    public async Task UnknownOpcode_AfterIdentify_Closes4001()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await gateway.SendAsync(new JsonObject { ["op"] = 99, ["d"] = null });

            (await gateway.ReceiveCloseAsync()).Code.ShouldBe(4001);
        }
    }

    [Fact]
    public async Task Payload_Over4096Bytes_Closes4002()
    {
        await using var fake = await StartAsync();
        var (gateway, _) = await RawGateway.IdentifiedAsync(fake);
        await using (gateway)
        {
            await gateway.SendAsync(new JsonObject { ["op"] = 3, ["d"] = new string('x', 4100) });

            (await gateway.ReceiveCloseAsync()).Code.ShouldBe(4002);
        }
    }

    [Fact]
    public async Task Send_121PayloadsInAMinute_Closes4008AfterAnswering120()
    {
        await using var fake = await StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(fake.GatewayUrl);
        await gateway.ReceiveAsync();

        for (var i = 0; i < 121; i++)
        {
            await gateway.SendAsync(RawGateway.Heartbeat(null));
        }

        var (code, before) = await gateway.ReceiveCloseAsync();
        code.ShouldBe(4008);
        before.Count.ShouldBe(120);
        before.ShouldAllBe(p => p["op"]!.GetValue<int>() == 11);
    }

    [Theory]
    [InlineData("v=9&encoding=json", 4012)]
    [InlineData("v=10&encoding=etf", 4002)]
    public async Task Connect_WrongVersionOrEncoding_Closed(string query, int code)
    {
        await using var fake = await StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(fake.GatewayUrl, query);

        (await gateway.ReceiveCloseAsync()).Code.ShouldBe(code);
    }

    [Fact]
    public async Task Connect_NotAWebSocket_400()
    {
        await using var fake = await StartAsync();
        using var client = new HttpClient();

        using var response = await client.GetAsync(new UriBuilder(fake.GatewayUrl) { Scheme = "http" }.Uri, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        fake.Gateway.Connections.ShouldBe(0);
    }

    [Fact]
    public async Task Connect_Again_AbortsThePreviousConnection()
    {
        await using var fake = await StartAsync();
        var (first, _) = await RawGateway.IdentifiedAsync(fake);
        await using (first)
        {
            await using var second = await RawGateway.ConnectAsync(fake.GatewayUrl);
            await second.ReceiveAsync();

            await Should.ThrowAsync<WebSocketException>(() => first.ReceiveAsync());
            fake.Gateway.Connections.ShouldBe(2);
        }
    }
}
