using Bot.Discord.Gateway;
using Bot.Discord.Rest;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayClientTests
{
    [Fact]
    public async Task RunAsync_FirstConnection_IdentifiesWithIntentsAndShardThenReady()
    {
        await using var harness = await GatewayTestData.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "3",
        });

        await harness.StartReadyAsync();
        await DiscordHarness.Until(() => harness.Log().Received.Any(d => d.Name == "READY"), "READY to reach handlers");

        var identify = harness.Fake.Gateway.LastIdentify!;
        identify["intents"]!.GetValue<int>().ShouldBe(0);
        identify["shard"]!.ToJsonString().ShouldBe("[1,3]");
        identify["properties"]!["os"]!.GetValue<string>().ShouldBe("linux");
        harness.Gateway.ApplicationId.ShouldBe(new Snowflake(harness.Fake.Options.ApplicationId));
        harness.Gateway.Session.SessionId.ShouldBe(harness.Fake.Gateway.SessionId);
        harness.Gateway.Counters.Identifies.ShouldBe(1);
        harness.Gateway.Counters.LiveConnections.ShouldBe(1);
        harness.Gateway.Counters.LiveHeartbeatLoops.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_Stopped_ClosesWith1000SoDiscordEndsTheSession()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        var result = await harness.StopGatewayAsync();

        result.ShouldBe(GatewayRunResult.Stopped);
        await DiscordHarness.Until(() => !harness.Fake.Gateway.ClientCloseCodes.IsEmpty, "the close frame at the fake");
        harness.Fake.Gateway.ClientCloseCodes.ShouldBe([1000]);
        harness.Fake.Gateway.SessionId.ShouldBeNull(); // 1000 invalidates the session: no resume is left waiting
        harness.Gateway.Counters.LiveConnections.ShouldBe(0);
        harness.Gateway.Counters.LiveHeartbeatLoops.ShouldBe(0);
        harness.Logs.Entries.ShouldContain(e => e.EventId.Name == "GatewayStopping");
    }

    [Fact]
    public async Task Heartbeat_AfterHello_FirstWithinOneIntervalThenEveryIntervalAndAcked()
    {
        // A slower clock: these are timing assertions, and a busy test machine must not shift them.
        await using var harness = await GatewayTestData.StartAsync(timeFactor: 4, heartbeatSeconds: 2);
        await harness.StartReadyAsync();
        var hello = harness.Fake.Now;

        await DiscordHarness.Until(() => harness.Fake.Gateway.HeartbeatsReceived >= 4, "four heartbeats");

        var beats = harness.Fake.Gateway.Received.Where(r => r.Op == 1).Select(r => r.At).ToArray();
        (beats[0] - hello).ShouldBeLessThan(2.5); // interval × jitter in [0, 1), plus delivery
        beats.Zip(beats.Skip(1)).ShouldAllBe(pair => pair.Second - pair.First > 1.9); // never sooner than the interval
        ((beats[^1] - beats[0]) / (beats.Length - 1)).ShouldBeLessThan(2.6); // and on average on time
        harness.Fake.Gateway.ClientCloseCodes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Heartbeat_NoAck_ClosesZombieResumablyAndResumes()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        harness.Fake.Gateway.AckHeartbeats = false;
        await DiscordHarness.Until(() => harness.Fake.Gateway.ClientCloseCodes.Contains(4000), "the client to close the zombie connection with 4000");
        harness.Fake.Gateway.AckHeartbeats = true;
        await DiscordHarness.Until(() => harness.Fake.Gateway.Resumes >= 1 && harness.Fake.Gateway.IsReady, "a resume");

        harness.Fake.Gateway.Identifies.ShouldBe(1);
        harness.Fake.Gateway.ResumeUrlConnections.ShouldBe(1);
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesWith4000AndResumesOnResumeUrl()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(1));

        await harness.Fake.Gateway.SendReconnectAsync();
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(2));
        await DiscordHarness.Until(() => harness.Fake.Gateway.Resumes >= 1 && harness.Log().Numbers.Count == 2 && harness.Log().Received.Any(d => d.Name == "RESUMED"), "a resume and both events");

        harness.Fake.Gateway.ClientCloseCodes.ShouldBe([4000]);
        harness.Fake.Gateway.ResumeUrlConnections.ShouldBe(1);
        harness.Log().Numbers.ShouldBe([1, 2], ignoreOrder: true);
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.SendInvalidSessionAsync(resumable: true);
        await DiscordHarness.Until(() => harness.Fake.Gateway.Resumes >= 1 && harness.Fake.Gateway.IsReady, "a resume");

        harness.Fake.Gateway.Identifies.ShouldBe(1);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_WaitsThenIdentifiesAfresh()
    {
        await using var harness = await GatewayTestData.StartAsync(timeFactor: 4);
        await harness.StartReadyAsync();
        var firstIdentify = harness.Fake.Gateway.Received.First(r => r.Op == 2).At;
        var invalidated = harness.Fake.Now;

        await harness.Fake.Gateway.SendInvalidSessionAsync(resumable: false);
        await DiscordHarness.Until(() => harness.Fake.Gateway.Identifies >= 2 && harness.Fake.Gateway.IsReady, "a second IDENTIFY");

        var secondIdentify = harness.Fake.Gateway.Received.Where(r => r.Op == 2).Last().At;
        (secondIdentify - invalidated).ShouldBeGreaterThanOrEqualTo(1.0); // random 1–5 s after op 9
        (secondIdentify - firstIdentify).ShouldBeGreaterThanOrEqualTo(4.5); // max_concurrency 1: one IDENTIFY per 5 s (sent 5 s apart; arrivals jitter)
        harness.Fake.Gateway.Resumes.ShouldBe(0);
        harness.Gateway.Counters.Identifies.ShouldBe(2);
    }

    [Fact]
    public async Task Identify_SessionStartLimitExhausted_WaitsResetAfterFirst()
    {
        await using var harness = await GatewayTestData.StartAsync(sessionStartRemaining: 0, sessionResetAfterMs: 3000);
        var started = harness.Fake.Now;

        await harness.StartReadyAsync();

        var identify = harness.Fake.Gateway.Received.Single(r => r.Op == 2).At;
        (identify - started).ShouldBeGreaterThanOrEqualTo(3.0);
    }

    [Fact]
    public async Task Send_ManyCommands_NeverMoreThan120PerMinute()
    {
        // A manual clock: the fake stamps arrivals and the client stamps sends on one clock that moves only when told,
        // so a loaded machine cannot delay an arrival past the client's second in hand (as a fast clock could).
        // A heartbeat interval beyond the test's span keeps beats out; that they always fit is GatewaySendLimiterTests'.
        var clock = new ManualClock();
        await using var harness = await GatewayTestData.StartAsync(heartbeatSeconds: 1000, clock: clock);
        await harness.StartReadyAsync();
        var presence = System.Text.Json.JsonDocument.Parse("""{"since":null,"activities":[],"status":"online","afk":false}""").RootElement;
        var budget = DiscordConstants.MaxGatewaySendsPerMinute - DiscordConstants.HeartbeatHeadroom - 1; // IDENTIFY used one

        var sends = Task.WhenAll(Enumerable.Range(0, 130).Select(_ => harness.Gateway.TrySendAsync(3, presence, TestContext.Current.CancellationToken)));
        await DiscordHarness.Until(() => harness.Fake.Gateway.Received.Count(r => r.Op == 3) == budget, "the first minute's budget");
        clock.Advance(TimeSpan.FromSeconds(62));
        (await sends.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldAllBe(sent => sent);
        await DiscordHarness.Until(
            () => harness.Fake.Gateway.Received.Count(r => r.Op == 3) == 130 || !harness.Fake.Gateway.ServerCloseCodes.IsEmpty,
            "all 130 presence updates");

        harness.Fake.Gateway.ServerCloseCodes.ShouldBeEmpty();
        var times = harness.Fake.Gateway.Received.Select(r => r.At).Order().ToArray();
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < 60).Count()).Max();
        busiest.ShouldBeLessThanOrEqualTo(120);
        var identified = harness.Fake.Gateway.Received.Single(r => r.Op == 2).At;
        harness.Fake.Gateway.Received.Count(r => r.Op == 3 && r.At - identified < 60).ShouldBe(budget); // the rest waited for the window
        harness.Fake.Gateway.ClientCloseCodes.ShouldBeEmpty();
        harness.Fake.Gateway.Connections.ShouldBe(1);
    }

    [Fact]
    public async Task Dispatch_SlowHandler_DoesNotHoldUpOtherEventsOrHeartbeats()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.DispatchAsync("BLOCK", GatewayTestData.Test(0));
        for (var n = 1; n <= 20; n++)
        {
            await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(n));
        }

        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 20, "the other 20 events");
        var beats = harness.Fake.Gateway.HeartbeatsReceived;
        await DiscordHarness.Until(() => harness.Fake.Gateway.HeartbeatsReceived >= beats + 3, "heartbeats to go on");
        harness.Fake.Gateway.ClientCloseCodes.ShouldBeEmpty();
        harness.Queue.Running.ShouldBe(1); // only the blocked handler
    }
}
