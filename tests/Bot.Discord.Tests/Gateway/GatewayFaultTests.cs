namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayFaultTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_FatalCode_StopsWithClearErrorAndNoReconnect(int code)
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.CloseAsync(code);
        var result = await harness.GatewayRun.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        result.IsFatal.ShouldBeTrue();
        result.CloseCode.ShouldBe(code);
        result.Reason.ShouldContain(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        harness.Fake.Gateway.Connections.ShouldBe(1);
        harness.Gateway.Counters.LiveConnections.ShouldBe(0);
        harness.Gateway.Counters.LiveHeartbeatLoops.ShouldBe(0);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task Close_ResumableCode_ResumesSession(int code)
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.CloseAsync(code);
        await DiscordHarness.Until(() => harness.Fake.Gateway.Resumes >= 1 && harness.Fake.Gateway.IsReady, $"a resume after {code}");

        harness.Fake.Gateway.Identifies.ShouldBe(1);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_SessionEndingCode_IdentifiesAfresh(int code)
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.CloseAsync(code);
        await DiscordHarness.Until(() => harness.Fake.Gateway.Identifies >= 2 && harness.Fake.Gateway.IsReady, $"a new session after {code}", timeoutMs: 8000);

        harness.Fake.Gateway.Resumes.ShouldBe(0);
    }

    [Fact]
    public async Task Identify_PrivilegedIntentNotEnabled_StopsWith4014()
    {
        await using var harness = await GatewayTestData.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Intents"] = "32768" });

        var result = await harness.StartGateway().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        result.CloseCode.ShouldBe(4014);
        result.Reason.ShouldContain("Discord:Intents");
    }

    [Fact]
    public async Task RunAsync_WrongToken_StopsWithoutRetrying()
    {
        await using var harness = await GatewayTestData.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Token"] = "not.the.token" });

        var result = await harness.StartGateway().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        result.IsFatal.ShouldBeTrue();
        result.Reason.ShouldContain("Discord:Token");
        harness.Fake.Requests.Count.ShouldBe(1);
        harness.Fake.Gateway.Connections.ShouldBe(0);
    }

    [Fact]
    public async Task Connect_ServerGone_KeepsTryingWithBackoff()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.Fake.DisposeAsync(); // nothing listens any more: the client backs off and keeps trying

        var run = harness.StartGateway();
        await DiscordHarness.Until(() => harness.Logs.Entries.Count(e => e.EventId.Name == "RequestError") >= 2, "a second attempt after the first failed");

        run.IsCompleted.ShouldBeFalse();
        harness.Logs.Entries.ShouldContain(e => e.EventId.Name == "GatewayReconnecting");
    }

    [Fact]
    public async Task Drop_NoCloseFrame_ResumesAndReplaysEventsSentMeanwhile()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(1));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 1, "the first event");

        harness.Fake.Gateway.Drop();
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(2));
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(3));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 3 && harness.Fake.Gateway.Resumes >= 1, "the replayed events");

        harness.Log().Numbers.Order().ShouldBe([1, 2, 3]);
        harness.Fake.Gateway.ClientCloseCodes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Drop_MidMessage_ReplaysTheHalfSentEventOnce()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.DropMidStreamAsync("TEST", GatewayTestData.Test(7));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 1 && harness.Fake.Gateway.Resumes >= 1, "the event after resume");
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(8));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 2, "the next event");

        harness.Log().Numbers.ShouldBe([7, 8]);
    }

    [Fact]
    public async Task Resume_ResumeHostDead_GivesUpAfterThreeTriesAndIdentifiesOnTheMainUrl()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        harness.Fake.Gateway.RefuseResumeUrl = true;
        harness.Fake.Gateway.Drop();
        await DiscordHarness.Until(() => harness.Fake.Gateway.Identifies >= 2 && harness.Fake.Gateway.IsReady, "a new session on the main URL", timeoutMs: 8000);

        harness.Fake.Gateway.RefusedResumeConnections.ShouldBe(3);
        harness.Gateway.Counters.LiveConnections.ShouldBe(1);
    }
}
