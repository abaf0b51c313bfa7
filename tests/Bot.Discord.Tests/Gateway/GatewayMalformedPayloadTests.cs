using System.Text.Json.Nodes;

namespace Bot.Discord.Tests.Gateway;

/// <summary>A READY the client cannot read ends that connection, not the bot: it identifies afresh and carries on.</summary>
public sealed class GatewayMalformedPayloadTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("\"odd\"")]
    [InlineData("""{"session_id":42,"resume_gateway_url":[]}""")]
    public async Task Ready_Unreadable_ReconnectsAndIdentifiesAgain(string data)
    {
        await using var harness = await GatewayTestData.StartAsync();
        await harness.StartReadyAsync();

        await harness.Fake.Gateway.DispatchAsync("READY", JsonNode.Parse(data));
        await DiscordHarness.Until(() => harness.Fake.Gateway.Identifies >= 2 && harness.Fake.Gateway.IsReady, "a fresh session");
        await harness.Fake.Gateway.DispatchAsync("TEST", GatewayTestData.Test(1));
        await DiscordHarness.Until(() => harness.Log().Numbers.Count == 1, "the next event");

        harness.Logs.Entries.ShouldContain(e => e.EventId.Name == "GatewayMalformedPayload");
        harness.Fake.Gateway.ClientCloseCodes.ShouldContain(4000);
    }
}
