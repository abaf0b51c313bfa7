using System.Net;
using System.Net.Mime;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>Each REST fault the fake can inject, as a plain HTTP client meets it.</summary>
public sealed class FakeDiscordFaultTests
{
    private const ulong ChannelId = 1_200_000_000_000_000_001;
    private const string CreateMessage = "POST /channels/{id}/messages";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<FakeDiscord> StartAsync()
    {
        var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = new ManualClock() });
        fake.AddChannel(ChannelId);
        return fake;
    }

    [Theory]
    [InlineData("user")]
    [InlineData("shared")]
    public async Task RateLimitedFault_RouteScope_429WithScopeAndNothingDone(string scope)
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.RateLimited(scope, 2.5), CreateMessage);

        using var response = await RawRest.PostMessageAsync(client, ChannelId);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        RawRest.Header(response, "X-RateLimit-Scope").ShouldBe(scope);
        RawRest.Header(response, "X-RateLimit-Limit").ShouldNotBeNull();
        RawRest.Header(response, "X-RateLimit-Global").ShouldBeNull();
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(3));
        var body = await RawRest.BodyAsync(response);
        body["retry_after"]!.GetValue<double>().ShouldBe(2.5);
        body["global"]!.GetValue<bool>().ShouldBeFalse();
        fake.Messages.ShouldBeEmpty();
        fake.Requests.Single().Scope.ShouldBe(scope);
    }

    [Fact]
    public async Task RateLimitedFault_GlobalScope_GlobalHeaderAndBody()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.RateLimited("global", 1));

        using var response = await client.GetAsync($"channels/{ChannelId}", Token);

        RawRest.Header(response, "X-RateLimit-Scope").ShouldBe("global");
        RawRest.Header(response, "X-RateLimit-Global").ShouldBe("true");
        (await RawRest.BodyAsync(response))["global"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task CloudflareFault_Any_429HtmlWithoutRateLimitHeaders()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.Cloudflare());

        using var response = await client.GetAsync($"channels/{ChannelId}", Token);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(MediaTypeNames.Text.Html);
        response.Headers.ShouldNotContain(h => h.Key.StartsWith("X-RateLimit", StringComparison.OrdinalIgnoreCase));
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("1015");
    }

    [Fact]
    public async Task ServerErrorFault_Status_AnswersThatStatus()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.ServerError(502));

        using var failed = await client.GetAsync($"channels/{ChannelId}", Token);
        using var next = await client.GetAsync($"channels/{ChannelId}", Token);

        failed.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
        fake.PendingFaults.ShouldBe(0);
    }

    [Fact]
    public async Task ErrorFault_DiscordCode_AnswersStatusAndJsonCode()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.MissingPermissions(), CreateMessage);

        using var response = await RawRest.PostMessageAsync(client, ChannelId);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var body = await RawRest.BodyAsync(response);
        body["code"]!.GetValue<int>().ShouldBe(50013);
        body["message"]!.GetValue<string>().ShouldBe("Missing Permissions");
    }

    [Fact]
    public async Task DropBeforeProcessing_Post_ConnectionCutAndNothingPosted()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.DropBeforeProcessing(), CreateMessage);

        await Should.ThrowAsync<HttpRequestException>(() => RawRest.PostMessageAsync(client, ChannelId));

        fake.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task DropAfterProcessing_Post_ConnectionCutButMessagePosted()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.DropAfterProcessing(), CreateMessage);

        await Should.ThrowAsync<HttpRequestException>(() => RawRest.PostMessageAsync(client, ChannelId));

        fake.Messages.Count.ShouldBe(1); // the client cannot know: only an enforced nonce makes a retry safe
    }

    [Fact]
    public async Task NoAnswer_Get_HeldUntilTheClientGivesUp()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        client.Timeout = TimeSpan.FromMilliseconds(300);
        fake.InjectFault(FakeFault.NoAnswer());

        await Should.ThrowAsync<TaskCanceledException>(() => client.GetAsync($"channels/{ChannelId}", Token));

        fake.PendingFaults.ShouldBe(0);
    }

    [Fact]
    public async Task Slow_Post_ServedOnlyAfterTheDelayOnTheFakesClock()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.Slow(2), CreateMessage);

        var post = RawRest.PostMessageAsync(client, ChannelId);
        while (fake.PendingFaults > 0)
        {
            await Task.Delay(10, Token);
        }

        await Task.Delay(100, Token);
        post.IsCompleted.ShouldBeFalse();
        fake.Messages.ShouldBeEmpty();
        clock.Advance(TimeSpan.FromSeconds(2));
        using var response = await post;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        fake.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task InjectFault_ForOneRoute_OtherRoutesUnaffectedAndFaultWaits()
    {
        await using var fake = await StartAsync();
        using var client = RawRest.Bot(fake);
        fake.InjectFault(FakeFault.ServerError(), CreateMessage, times: 2);

        using var get = await client.GetAsync($"channels/{ChannelId}", Token);
        using var first = await RawRest.PostMessageAsync(client, ChannelId);
        using var second = await RawRest.PostMessageAsync(client, ChannelId);
        using var third = await RawRest.PostMessageAsync(client, ChannelId);

        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        second.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        third.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
