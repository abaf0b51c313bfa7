using System.Globalization;
using System.Net;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>
/// The fake's limits as a plain HTTP client sees them: X-RateLimit-* on every answer, 429s with Discord's headers and
/// body, per-bucket windows split by major parameter, and the global 50 per second that interaction routes escape.
/// Its clock moves only when the test moves it, so every window is exact.
/// </summary>
public sealed class FakeDiscordRateLimitTests
{
    private const ulong ChannelId = 1_200_000_000_000_000_001;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateMessage_WithinBucket_AnswersWithEveryRateLimitHeader()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);

        using var first = await RawRest.PostMessageAsync(client, ChannelId);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var second = await RawRest.PostMessageAsync(client, ChannelId);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        RawRest.Header(first, "X-RateLimit-Limit").ShouldBe("5");
        RawRest.Header(first, "X-RateLimit-Remaining").ShouldBe("4");
        RawRest.Header(second, "X-RateLimit-Remaining").ShouldBe("3");
        RawRest.Number(first, "X-RateLimit-Reset-After").ShouldBe(5.0);
        RawRest.Number(second, "X-RateLimit-Reset-After").ShouldBe(4.0); // the same window, one second later
        var resetAt = clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0 + 4.0;
        RawRest.Number(second, "X-RateLimit-Reset").ShouldBe(resetAt, tolerance: 0.001); // epoch seconds, with decimals
        RawRest.Header(first, "X-RateLimit-Bucket").ShouldNotBeNullOrEmpty();
        RawRest.Header(second, "X-RateLimit-Bucket").ShouldBe(RawRest.Header(first, "X-RateLimit-Bucket"));
        RawRest.Header(first, "X-RateLimit-Scope").ShouldBeNull(); // only on a 429
        RawRest.Header(first, "X-RateLimit-Global").ShouldBeNull();
    }

    [Fact]
    public async Task CreateMessage_BucketExhausted_429WithUserScopeRetryAfterAndBody()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);
        for (var i = 0; i < 5; i++)
        {
            (await RawRest.PostMessageAsync(client, ChannelId)).Dispose();
        }

        clock.Advance(TimeSpan.FromSeconds(1.5));
        using var limited = await RawRest.PostMessageAsync(client, ChannelId);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        RawRest.Header(limited, "X-RateLimit-Scope").ShouldBe("user");
        RawRest.Header(limited, "X-RateLimit-Remaining").ShouldBe("0");
        RawRest.Header(limited, "X-RateLimit-Global").ShouldBeNull();
        limited.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(4)); // whole seconds, rounded up
        var body = await RawRest.BodyAsync(limited);
        body["retry_after"]!.GetValue<double>().ShouldBe(3.5); // float seconds
        body["global"]!.GetValue<bool>().ShouldBeFalse();
        body["message"]!.GetValue<string>().ShouldBe("You are being rate limited.");
        fake.Messages.Count.ShouldBe(5);
    }

    [Fact]
    public async Task CreateMessage_AfterReset_BucketRefills()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);
        for (var i = 0; i < 5; i++)
        {
            (await RawRest.PostMessageAsync(client, ChannelId)).Dispose();
        }

        clock.Advance(TimeSpan.FromSeconds(5));
        using var after = await RawRest.PostMessageAsync(client, ChannelId);

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        RawRest.Header(after, "X-RateLimit-Remaining").ShouldBe("4");
    }

    [Fact]
    public async Task CreateMessage_OtherChannel_SameBucketHashButItsOwnLimit()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        fake.AddChannel(ChannelId);
        fake.AddChannel(ChannelId + 1);
        using var client = RawRest.Bot(fake);
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            last = await RawRest.PostMessageAsync(client, ChannelId);
        }

        using var other = await RawRest.PostMessageAsync(client, ChannelId + 1);

        last!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        RawRest.Header(other, "X-RateLimit-Bucket").ShouldBe(RawRest.Header(last, "X-RateLimit-Bucket")); // the hash leaves out the major parameter
        RawRest.Header(other, "X-RateLimit-Remaining").ShouldBe("4");
        last.Dispose();
    }

    [Fact]
    public async Task AnyRoute_51stRequestInOneSecond_GlobalLimitedButInteractionCallbacksExempt()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock });
        using var client = RawRest.Bot(fake);
        var interaction = await fake.SendInteractionAsync("watch");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            // A different channel each time: 50 buckets with room, so only the global limit can bind.
            using var response = await client.GetAsync($"channels/{ChannelId + (ulong)i}", Token);
            statuses.Add(response.StatusCode);
        }

        using var limited = await client.GetAsync($"channels/{ChannelId + 50}", Token);
        using var callback = await client.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", RawRest.Json("""{"type":5}"""), Token);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var nextSecond = await client.GetAsync($"channels/{ChannelId + 51}", Token);

        statuses.ShouldAllBe(s => s == HttpStatusCode.NotFound); // unknown channels, but each one counted
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        RawRest.Header(limited, "X-RateLimit-Scope").ShouldBe("global");
        RawRest.Header(limited, "X-RateLimit-Global").ShouldBe("true");
        var body = await RawRest.BodyAsync(limited);
        body["global"]!.GetValue<bool>().ShouldBeTrue();
        body["retry_after"]!.GetValue<double>().ShouldBeInRange(0.001, 1.0);
        callback.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        nextSecond.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        fake.MaxRequestsInAnySecond().ShouldBe(51); // the 429 is counted as a request too
    }

    [Fact]
    public async Task OtherRoutes_DefaultBucket_LimitPerMajorParameter()
    {
        var clock = new ManualClock();
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { TimeProvider = clock, DefaultRouteLimit = 2, DefaultRouteWindow = TimeSpan.FromSeconds(10) });
        fake.AddChannel(ChannelId);
        using var client = RawRest.Bot(fake);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync($"channels/{ChannelId}", Token);
            statuses.Add((int)response.StatusCode);
            if (i == 0)
            {
                RawRest.Header(response, "X-RateLimit-Limit").ShouldBe("2");
                RawRest.Number(response, "X-RateLimit-Reset-After").ToString("0.000", CultureInfo.InvariantCulture).ShouldBe("10.000");
            }
        }

        statuses.ShouldBe([200, 200, 429]);
    }
}
