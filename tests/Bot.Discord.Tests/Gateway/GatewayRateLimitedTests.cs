using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Discord.Tests.Gateway;

/// <summary>RATE_LIMITED (a gateway command refused for now) is logged with its fields and counted; the connection carries on.</summary>
public sealed class GatewayRateLimitedTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RequestGuildMembers_TwiceWithin30Seconds_SecondAnsweredRateLimitedLoggedAndCounted()
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();
        var request = JsonDocument.Parse("""{"guild_id":"1100000000000000001","query":"","limit":0,"nonce":"members-1"}""").RootElement;

        (await harness.Gateway.TrySendAsync(8, request, Token)).ShouldBeTrue();
        (await harness.Gateway.TrySendAsync(8, request, Token)).ShouldBeTrue();
        await DiscordHarness.Until(() => harness.Gateway.Counters.RateLimited == 1, "the RATE_LIMITED event");
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(1));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 1, "the next event");

        var entry = harness.Logs.Entries.Single(e => e.EventId.Name == "GatewayRateLimited");
        entry.EventId.Id.ShouldBe(4117);
        var state = entry.State.ToDictionary(p => p.Key, p => p.Value);
        state["OpCode"].ShouldBe(8);
        ((double)state["RetryAfterMs"]!).ShouldBeInRange(1, 30_000);
        state["GuildId"].ShouldBe("1100000000000000001");
        state["Nonce"].ShouldBe("members-1");
        harness.Log().Received.Select(d => d.Name).ShouldContain("GUILD_MEMBERS_CHUNK");
        harness.Log().Received.Select(d => d.Name).ShouldContain("RATE_LIMITED"); // handlers see it too
        harness.Fake.Gateway.Connections.ShouldBe(1);
        harness.Fake.Gateway.ClientCloseCodes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"odd\"")]
    [InlineData("""{"opcode":"eight","retry_after":null,"meta":[]}""")]
    public async Task RateLimited_UnexpectedShape_CountedAndLoggedWithoutCrashing(string data)
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.DispatchAsync("RATE_LIMITED", JsonNode.Parse(data));
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(1));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 1, "the next event");

        harness.Gateway.Counters.RateLimited.ShouldBe(1);
        var state = harness.Logs.Entries.Single(e => e.EventId.Name == "GatewayRateLimited").State.ToDictionary(p => p.Key, p => p.Value);
        state["OpCode"].ShouldBe(-1);
        harness.Fake.Gateway.Connections.ShouldBe(1);
    }
}
