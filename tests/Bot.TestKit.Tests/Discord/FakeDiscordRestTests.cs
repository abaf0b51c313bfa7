using System.Net;
using System.Text.Json.Nodes;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>The fake's REST side against Discord's documented rules, driven with a plain HttpClient.</summary>
public sealed class FakeDiscordRestTests
{
    private const ulong ChannelId = 1_200_000_000_000_000_001;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<FakeDiscord> StartAsync() => FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock() });

    [Fact]
    public async Task AnyRoute_NoAuthorization_Returns401WithCode0()
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId);
        using var anonymous = RawRest.Client(fake);
        using var wrong = RawRest.Client(fake, token: "not.the.token");

        using var none = await anonymous.GetAsync($"channels/{ChannelId}", Token);
        using var bad = await wrong.GetAsync($"channels/{ChannelId}", Token);

        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        bad.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var body = await RawRest.BodyAsync(none);
        body["code"]!.GetValue<int>().ShouldBe(0);
        body["message"]!.GetValue<string>().ShouldBe("401: Unauthorized");
        fake.Requests.ShouldAllBe(r => r.Status == 401);
    }

    [Fact]
    public async Task AnyRoute_NoDiscordBotUserAgent_Refused()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Client(fake, fake.Options.Token, userAgent: false);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0");

        using var response = await client.GetAsync("gateway/bot", Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await RawRest.BodyAsync(response))["message"]!.GetValue<string>().ShouldContain("DiscordBot");
    }

    [Fact]
    public async Task GetGatewayBot_Authorized_NamesGatewayAndSessionStartLimit()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);

        using var response = await client.GetAsync("gateway/bot", Token);

        var body = await RawRest.BodyAsync(response);
        body["url"]!.GetValue<string>().ShouldBe(fake.GatewayUrl.ToString());
        body["shards"]!.GetValue<int>().ShouldBe(1);
        var limit = body["session_start_limit"]!;
        limit["total"]!.GetValue<int>().ShouldBe(1000);
        limit["remaining"]!.GetValue<int>().ShouldBe(1000);
        limit["reset_after"]!.GetValue<long>().ShouldBe(86_400_000);
        limit["max_concurrency"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task CreateMessage_TooLongContentAndEmbedTitle_Returns50035WithNestedErrors()
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);
        var message = new JsonObject
        {
            ["content"] = new string('x', 2001),
            ["embeds"] = new JsonArray(new JsonObject { ["title"] = new string('t', 257) }),
        };

        using var response = await RawRest.PostMessageAsync(client, ChannelId, message.ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await RawRest.BodyAsync(response);
        body["code"]!.GetValue<int>().ShouldBe(50035);
        body["message"]!.GetValue<string>().ShouldBe("Invalid Form Body");
        body["errors"]!["content"]!["_errors"]![0]!["code"]!.GetValue<string>().ShouldBe("BASE_TYPE_MAX_LENGTH");
        body["errors"]!["embeds"]!["0"]!["title"]!["_errors"]![0]!["code"]!.GetValue<string>().ShouldBe("BASE_TYPE_MAX_LENGTH");
        fake.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateMessage_NotJsonContentType_Returns50035WithRequestLevelError()
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);

        using var response = await client.PostAsync($"channels/{ChannelId}/messages", new StringContent("""{"content":"x"}"""), Token);

        var body = await RawRest.BodyAsync(response);
        body["code"]!.GetValue<int>().ShouldBe(50035);
        body["errors"]!["_errors"]![0]!["code"]!.GetValue<string>().ShouldBe("CONTENT_TYPE_INVALID");
    }

    [Theory]
    [InlineData("{not json", 400, 50109)]
    [InlineData("{}", 400, 50006)]
    [InlineData("""{"content":"x","nonce":"12345678901234567890123456"}""", 400, 50035)]
    [InlineData("""{"content":"x","allowed_mentions":{"parse":["users"],"users":["1"]}}""", 400, 50035)]
    [InlineData("""{"content":"x","flags":64}""", 400, 50035)]
    public async Task CreateMessage_BadBody_ReturnsDocumentedCode(string json, int status, int code)
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);

        using var response = await RawRest.PostMessageAsync(client, ChannelId, json);

        ((int)response.StatusCode).ShouldBe(status);
        (await RawRest.BodyAsync(response))["code"]!.GetValue<int>().ShouldBe(code);
    }

    [Fact]
    public async Task CreateMessage_UnknownOrForbiddenChannel_Returns10003Or50013()
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId, canSend: false);
        using var client = RawRest.Bot(fake);

        using var unknown = await RawRest.PostMessageAsync(client, ChannelId + 1);
        using var forbidden = await RawRest.PostMessageAsync(client, ChannelId);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RawRest.BodyAsync(unknown))["code"]!.GetValue<int>().ShouldBe(10003);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RawRest.BodyAsync(forbidden))["code"]!.GetValue<int>().ShouldBe(50013);
    }

    [Fact]
    public async Task CreateMessage_SameEnforcedNonceTwice_ReturnsTheFirstMessage()
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);
        const string json = """{"content":"once","nonce":"alert-1","enforce_nonce":true}""";

        using var first = await RawRest.PostMessageAsync(client, ChannelId, json);
        using var second = await RawRest.PostMessageAsync(client, ChannelId, json);

        (await RawRest.BodyAsync(second))["id"]!.GetValue<string>().ShouldBe((await RawRest.BodyAsync(first))["id"]!.GetValue<string>());
        fake.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task StartThread_FromMessage_ThreadIdIsMessageIdAndSecondTryIs160004()
    {
        await using var fake = await StartAsync();
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);
        using var posted = await RawRest.PostMessageAsync(client, ChannelId);
        var messageId = (await RawRest.BodyAsync(posted))["id"]!.GetValue<string>();

        using var thread = await client.PostAsync($"channels/{ChannelId}/messages/{messageId}/threads", RawRest.Json("""{"name":"Evidence"}"""), Token);
        using var again = await client.PostAsync($"channels/{ChannelId}/messages/{messageId}/threads", RawRest.Json("""{"name":"Evidence"}"""), Token);

        thread.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await RawRest.BodyAsync(thread);
        body["id"]!.GetValue<string>().ShouldBe(messageId);
        body["type"]!.GetValue<int>().ShouldBe(11);
        (await RawRest.BodyAsync(again))["code"]!.GetValue<int>().ShouldBe(160004);
    }

    [Fact]
    public async Task PutCommands_InvalidName_Returns50035AtTheCommandsPath()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);

        using var response = await client.PutAsync($"applications/{fake.Options.ApplicationId}/commands", RawRest.Json("""[{"name":"Bad Name","description":"x"}]"""), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await RawRest.BodyAsync(response);
        body["code"]!.GetValue<int>().ShouldBe(50035);
        body["errors"]!["0"]!["name"]!["_errors"].ShouldNotBeNull();
    }
}
