using System.Net;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>The interaction routes: the 3-second callback deadline, one callback only, edits and the 15-minute token.</summary>
public sealed class FakeDiscordInteractionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Callback_WithinThreeSeconds_204ThenSecondCallbackIs40060()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        using var client = RawRest.Client(fake); // interaction routes need no bot token
        var interaction = await fake.SendInteractionAsync("watch");
        clock.Advance(TimeSpan.FromSeconds(2.9));

        using var first = await client.PostAsync(Callback(interaction), RawRest.Json("""{"type":4,"data":{"content":"ok","flags":64}}"""), Token);
        using var second = await client.PostAsync(Callback(interaction), RawRest.Json("""{"type":4,"data":{"content":"again"}}"""), Token);

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await RawRest.BodyAsync(second))["code"]!.GetValue<int>().ShouldBe(40060);
        interaction.CallbackType.ShouldBe(4);
        interaction.CallbackAfter!.Value.ShouldBe(2.9, tolerance: 0.0001);
    }

    [Fact]
    public async Task Callback_AfterThreeSeconds_404UnknownInteraction()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        using var client = RawRest.Client(fake);
        var interaction = await fake.SendInteractionAsync("watch");
        clock.Advance(TimeSpan.FromSeconds(3.1));

        using var late = await client.PostAsync(Callback(interaction), RawRest.Json("""{"type":5}"""), Token);

        late.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RawRest.BodyAsync(late))["code"]!.GetValue<int>().ShouldBe(10062);
        interaction.RefusedCodes.ShouldBe([10062]);
    }

    [Fact]
    public async Task Callback_BadTypeOrTooManyChoices_Returns50035()
    {
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock() });
        using var client = RawRest.Client(fake);
        var interaction = await fake.SendInteractionAsync("watch", type: 4);
        var choices = string.Join(',', Enumerable.Range(0, 26).Select(i => $$"""{"name":"c{{i}}","value":"{{i}}"}"""));

        using var badType = await client.PostAsync(Callback(interaction), RawRest.Json("""{"type":2}"""), Token);
        using var tooMany = await client.PostAsync(Callback(interaction), RawRest.Json($$$"""{"type":8,"data":{"choices":[{{{choices}}}]}}"""), Token);

        (await RawRest.BodyAsync(badType))["errors"]!["type"].ShouldNotBeNull();
        (await RawRest.BodyAsync(tooMany))["errors"]!["data"]!["choices"].ShouldNotBeNull();
        interaction.CallbackType.ShouldBeNull();
    }

    [Fact]
    public async Task EditOriginal_BeforeCallback_10008ThenWorksUntilTokenExpiresAfter15Minutes()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        using var client = RawRest.Client(fake);
        var interaction = await fake.SendInteractionAsync("watch");
        var original = $"webhooks/{fake.Options.ApplicationId}/{interaction.Token}/messages/@original";

        using var early = await client.PatchAsync(original, RawRest.Json("""{"content":"too early"}"""), Token);
        (await client.PostAsync(Callback(interaction), RawRest.Json("""{"type":5}"""), Token)).Dispose();
        using var edited = await client.PatchAsync(original, RawRest.Json("""{"content":"done"}"""), Token);
        using var followUp = await client.PostAsync($"webhooks/{fake.Options.ApplicationId}/{interaction.Token}", RawRest.Json("""{"content":"more"}"""), Token);
        clock.Advance(TimeSpan.FromMinutes(15.1));
        using var expired = await client.PatchAsync(original, RawRest.Json("""{"content":"late"}"""), Token);

        (await RawRest.BodyAsync(early))["code"]!.GetValue<int>().ShouldBe(10008);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        followUp.StatusCode.ShouldBe(HttpStatusCode.OK);
        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await RawRest.BodyAsync(expired))["code"]!.GetValue<int>().ShouldBe(50027);
        interaction.Edits.Single()["content"]!.GetValue<string>().ShouldBe("done");
        interaction.FollowUps.Count.ShouldBe(1);
    }

    [Fact]
    public async Task EditOriginal_NullAndAbsentFields_NullClearsAbsentKeeps()
    {
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock() });
        using var client = RawRest.Client(fake);
        var interaction = await fake.SendInteractionAsync("watch");
        var original = $"webhooks/{fake.Options.ApplicationId}/{interaction.Token}/messages/@original";
        (await client.PostAsync(Callback(interaction), RawRest.Json("""{"type":4,"data":{"content":"draft","embeds":[{"title":"A"}]}}"""), Token)).Dispose();

        using var keep = await client.PatchAsync(original, RawRest.Json("""{"embeds":[{"title":"B"}]}"""), Token);
        var kept = await RawRest.BodyAsync(keep);
        using var clear = await client.PatchAsync(original, RawRest.Json("""{"content":null}"""), Token);
        var cleared = await RawRest.BodyAsync(clear);

        kept["content"]!.GetValue<string>().ShouldBe("draft");
        kept["embeds"]![0]!["title"]!.GetValue<string>().ShouldBe("B");
        cleared["content"]!.GetValue<string>().ShouldBeEmpty(); // a message without content reads as ""
        cleared["embeds"]![0]!["title"]!.GetValue<string>().ShouldBe("B");
        interaction.Original!.ContainsKey("content").ShouldBeFalse();
    }

    [Fact]
    public async Task Webhook_UnknownToken_10015()
    {
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock() });
        using var client = RawRest.Client(fake);

        using var response = await client.PostAsync($"webhooks/{fake.Options.ApplicationId}/no-such-token", RawRest.Json("""{"content":"x"}"""), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RawRest.BodyAsync(response))["code"]!.GetValue<int>().ShouldBe(10015);
    }

    private static string Callback(FakeInteraction interaction) => $"interactions/{interaction.Id}/{interaction.Token}/callback";
}
