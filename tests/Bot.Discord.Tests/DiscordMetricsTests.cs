using Bot.Discord.Rest;
using Bot.Discord.Tests.Gateway;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests;

/// <summary>The meter is static and shared by the whole test run, so these tests run alone (no other test adds to it).</summary>
[CollectionDefinition(nameof(DiscordMetricsTests), DisableParallelization = true)]
public sealed class DiscordMetricsRunAlone;

[Collection(nameof(DiscordMetricsTests))]
public sealed class DiscordMetricsTests
{
    private const ulong ChannelId = 1_200_000_000_000_000_001;
    private const string CreateMessage = "POST /channels/{id}/messages";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RateLimited_429sOfEachScope_CountedByScope()
    {
        using var metrics = new MetricsRecorder();
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);

        foreach (var scope in new[] { "user", "shared", "global" })
        {
            harness.Fake.InjectFault(FakeFault.RateLimited(scope, 0.2), CreateMessage);
            (await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest(scope), Token)).IsSuccess.ShouldBeTrue();
        }

        harness.Fake.InjectFault(FakeFault.Cloudflare());
        await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);

        metrics.Sum(DiscordMetrics.RateLimitedInstrument, "scope", "user").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RateLimitedInstrument, "scope", "shared").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RateLimitedInstrument, "scope", "global").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RateLimitedInstrument, "scope", "cloudflare").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RequestsInstrument, "status_class", "4xx").ShouldBe(4);
        metrics.Sum(DiscordMetrics.RequestsInstrument, "status_class", "2xx").ShouldBe(3);
    }

    [Fact]
    public async Task Requests_EachAnswerOrNone_CountedByStatusClass()
    {
        using var metrics = new MetricsRecorder();
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:RequestTimeout"] = "00:00:02" });
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.ServerError(503));
        harness.Fake.InjectFault(FakeFault.NoAnswer());

        var result = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token); // 503, no answer, then 200
        await harness.Rest.GetChannelAsync(new Snowflake(ChannelId + 1), Token); // 404

        result.IsSuccess.ShouldBeTrue();
        metrics.Sum(DiscordMetrics.RequestsInstrument, "status_class", "5xx").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RequestsInstrument, "status_class", "none").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RequestsInstrument, "status_class", "2xx").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RequestsInstrument, "status_class", "4xx").ShouldBe(1);
        metrics.Sum(DiscordMetrics.RateLimitedInstrument).ShouldBe(0);
    }

    [Fact]
    public async Task GatewayReconnects_ResumeThenIdentify_CountedByReason()
    {
        using var metrics = new MetricsRecorder();
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        harness.Fake.Gateway.Drop();
        await DiscordHarness.Until(() => harness.Fake.Gateway.Resumes == 1 && harness.Fake.Gateway.IsReady, "a resume");
        await harness.Fake.Gateway.SendInvalidSessionAsync(resumable: false);
        await DiscordHarness.Until(() => harness.Fake.Gateway.Identifies == 2 && harness.Fake.Gateway.IsReady, "a new session", timeoutMs: 8000);

        metrics.Sum(DiscordMetrics.GatewayReconnectsInstrument, "reason", "resume").ShouldBe(1);
        metrics.Sum(DiscordMetrics.GatewayReconnectsInstrument, "reason", "identify").ShouldBe(1);
    }

    [Fact]
    public async Task GatewayRateLimited_Event_CountedByOpcode()
    {
        using var metrics = new MetricsRecorder();
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.DispatchAsync("RATE_LIMITED", new System.Text.Json.Nodes.JsonObject { ["opcode"] = 8, ["retry_after"] = 12.5, ["meta"] = new System.Text.Json.Nodes.JsonObject { ["guild_id"] = "1" } });
        await DiscordHarness.Until(() => harness.Gateway.Counters.RateLimited == 1, "the RATE_LIMITED event");

        metrics.Sum(DiscordMetrics.GatewayRateLimitedInstrument, "opcode", 8).ShouldBe(1);
    }

    [Fact]
    public void MeterName_IsWhatTheHostListensFor()
    {
        DiscordMetrics.MeterName.ShouldBe("Bot.Discord");
        DiscordMetrics.MeterName.ShouldStartWith("Bot."); // the host's /metrics takes every Bot.* meter
    }
}
