using Bot.Discord.Rest;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests.RateLimits;

public sealed class RateLimitTests(ITestOutputHelper output)
{
    private const ulong ChannelId = 1_200_000_000_000_000_001;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateMessage_1000MessagesTo20Channels_NoBucket429AtMost50PerSecondEachExactlyOnce()
    {
        // Channels allow 10 posts a second each (200/s together), so the global 50/s is the limit that binds.
        // Nothing here is a wall-clock assertion: both sides read one monotonic (scaled) clock, and each bound is an
        // ordering on it — a slot is reused only a second after its answer arrived, a bucket only after the reset the
        // server announced — so a loaded machine makes the run slower, never the bounds looser. Waiting in the
        // limiter does not count against the request timeout, so a slow run cannot time queued messages out either.
        // The real elapsed time is printed for information only.
        await using var harness = await DiscordHarness.StartAsync(timeFactor: 8, fakeOptions: time => new FakeDiscordOptions
        {
            TimeProvider = time,
            MessageRouteLimit = 10,
            MessageRouteWindow = TimeSpan.FromSeconds(1),
        });
        var channels = Enumerable.Range(0, 20).Select(i => harness.Fake.AddChannel(ChannelId + (ulong)i).Id).ToArray();
        var started = harness.Fake.Now;
        var realClock = System.Diagnostics.Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            harness.Rest.CreateMessageAsync(new Snowflake(channels[i % 20]), CreateMessageRequest.Idempotent($"alert-{i}", $"alert {i}"), Token)));

        var elapsed = harness.Fake.Now - started;
        var requests = harness.Fake.Requests.ToArray();
        var maxPerSecond = harness.Fake.MaxRequestsInAnySecond();
        output.WriteLine($"1000 messages to 20 channels: {elapsed:0.0} s on Discord's clock ({realClock.Elapsed.TotalSeconds:0.0} s real), " +
            $"{requests.Length} requests, {requests.Count(r => r.Status == 429)} answered 429 (bucket {requests.Count(r => r.Scope == "user")}, " +
            $"global {requests.Count(r => r.Scope == "global")}), at most {maxPerSecond} in any second, {1000 / elapsed:0.0} messages/s");
        results.ShouldAllBe(r => r.IsSuccess);
        requests.Count(r => r.Scope == "user").ShouldBe(0);
        maxPerSecond.ShouldBeLessThanOrEqualTo(50);
        var contents = harness.Fake.Messages.Select(m => m.Content).ToList();
        contents.Count.ShouldBe(1000);
        contents.Distinct().Count().ShouldBe(1000);
        harness.Fake.Messages.GroupBy(m => m.ChannelId).ShouldAllBe(g => g.Count() == 50);
    }

    [Fact]
    public async Task CreateMessage_QueuedLongerThanRequestTimeout_WaitIsNotTimedOut()
    {
        // One post per 3 seconds, a 2-second attempt timeout: the third post waits 6 seconds for its turn.
        await using var harness = await DiscordHarness.StartAsync(
            timeFactor: 10,
            fakeOptions: time => new FakeDiscordOptions { TimeProvider = time, MessageRouteLimit = 1, MessageRouteWindow = TimeSpan.FromSeconds(3) },
            settings: new Dictionary<string, string?> { ["Discord:RequestTimeout"] = "00:00:02" });
        harness.Fake.AddChannel(ChannelId);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest($"m{i}"), Token)));

        results.ShouldAllBe(r => r.IsSuccess);
        harness.Fake.Messages.Count.ShouldBe(3);
        harness.Fake.Requests.ShouldAllBe(r => r.Status == 200);
    }

    [Fact]
    public async Task GetChannel_NoAnswer_AttemptTimesOutAndIsRetried()
    {
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:RequestTimeout"] = "00:00:02" });
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.NoAnswer());

        var result = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);

        result.IsSuccess.ShouldBeTrue();
        await DiscordHarness.Until(() => harness.Fake.Requests.Count == 2, "the fake to record the abandoned request");
        harness.Fake.Requests.Select(r => r.Status).ShouldBe([0, 200], ignoreOrder: true);
    }

    [Fact]
    public async Task CreateMessage_BucketEmpty_WaitsForResetInsteadOfHitting429()
    {
        await using var harness = await DiscordHarness.StartAsync(timeFactor: 10, fakeOptions: time => new FakeDiscordOptions
        {
            TimeProvider = time,
            MessageRouteLimit = 2,
            MessageRouteWindow = TimeSpan.FromSeconds(2),
        });
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.AddChannel(ChannelId + 1);
        var started = harness.Fake.Now;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest($"m{i}"), Token)));
        var other = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId + 1), new CreateMessageRequest("other"), Token);

        results.ShouldAllBe(r => r.IsSuccess);
        other.IsSuccess.ShouldBeTrue();
        harness.Fake.Requests.Count(r => r.Status == 429).ShouldBe(0);
        (harness.Fake.Now - started).ShouldBeGreaterThanOrEqualTo(4.0); // three windows of two
        harness.Limiter.BucketCount.ShouldBe(2); // one per channel: the major parameter splits the learned bucket
    }

    [Fact]
    public async Task CreateMessage_ChannelWaitingWhenAnotherAnswerNamesTheHash_NextPostQueuesInTheSameBucket()
    {
        // A channel's first post is still unanswered when another channel's answer names the route's bucket hash.
        // The channel's next post must queue in the bucket made for the first, not open a second bucket beside it:
        // two buckets for one channel each believe the channel's window is theirs, and one of them meets a 429.
        // One post per 6 s per channel; the first post is served 2 s late.
        await using var harness = await DiscordHarness.StartAsync(
            timeFactor: 4,
            fakeOptions: time => new FakeDiscordOptions { TimeProvider = time, MessageRouteLimit = 1, MessageRouteWindow = TimeSpan.FromSeconds(6) });
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.AddChannel(ChannelId + 1);
        (await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token)).IsSuccess.ShouldBeTrue(); // warm up, learning nothing of the message route
        harness.Fake.InjectFault(FakeFault.Slow(2), FakeRoutes.CreateMessage);

        var first = harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), CreateMessageRequest.Idempotent("alert-1", "first"), Token);
        await DiscordHarness.Until(() => harness.Fake.PendingFaults == 0, "the first post to reach the fake");
        (await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId + 1), new CreateMessageRequest("elsewhere"), Token)).IsSuccess.ShouldBeTrue();
        var second = harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), CreateMessageRequest.Idempotent("alert-2", "second"), Token);

        (await Task.WhenAll(first, second)).ShouldAllBe(r => r.IsSuccess);
        harness.Fake.Requests.Count(r => r.Status == 429).ShouldBe(0);
        harness.Fake.Messages.Where(m => m.ChannelId == ChannelId).Select(m => m.Content).ShouldBe(["first", "second"]);
    }

    [Theory]
    [InlineData("user", true)]
    [InlineData("shared", false)]
    public async Task AnyCall_RateLimitedOnRoute_WaitsRetryAfterAndRetriesSameRequest(string scope, bool countsAsInvalid)
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.RateLimited(scope, 1.5), FakeRoutes.CreateMessage);

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("after 429"), Token);

        result.IsSuccess.ShouldBeTrue();
        var requests = harness.Fake.Requests.ToArray();
        requests.Length.ShouldBe(2);
        requests[0].Scope.ShouldBe(scope);
        (requests[1].At - requests[0].At).ShouldBeGreaterThanOrEqualTo(1.5);
        harness.Fake.Messages.Count.ShouldBe(1);
        harness.Limiter.InvalidRequests.Count.ShouldBe(countsAsInvalid ? 1 : 0);
    }

    [Fact]
    public async Task AnyCall_Global429_PausesEveryRoute()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.RateLimited("global", 2), FakeRoutes.CreateMessage);

        var post = harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("x"), Token);
        await DiscordHarness.Until(() => harness.Logs.Entries.Any(e => e.EventId.Name == "RateLimited"), "the client to take the global 429");
        var get = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);
        (await post).IsSuccess.ShouldBeTrue();

        get.IsSuccess.ShouldBeTrue();
        var requests = harness.Fake.Requests.ToArray();
        var limited = requests.Single(r => r.Scope == "global");
        requests.Where(r => r != limited).ShouldAllBe(r => r.At - limited.At >= 2.0);
    }

    [Fact]
    public async Task AnyCall_CloudflareBlock_NotRetriedAndReportedAsRateLimited()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.Cloudflare());

        var result = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);

        result.Error!.Kind.ShouldBe(DiscordErrorKind.RateLimited);
        harness.Fake.Requests.Count.ShouldBe(1);
        harness.Limiter.InvalidRequests.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(401, 0, DiscordErrorKind.Unauthorized)]
    [InlineData(403, 50001, DiscordErrorKind.Forbidden)]
    public async Task AnyCall_UnauthorizedOrForbidden_NeverRetriedAndCountedInvalid(int status, int code, DiscordErrorKind kind)
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.InjectFault(FakeFault.Error(status, code, "no"), times: 5);

        var result = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);

        result.Error!.Kind.ShouldBe(kind);
        harness.Fake.Requests.Count.ShouldBe(1);
        harness.Limiter.InvalidRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnyCall_ManyInvalidRequests_SpacesThemOutThenRefusesLocally()
    {
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:InvalidRequestSlowDownThreshold"] = "3",
            ["Discord:InvalidRequestLimit"] = "6",
        });

        for (var i = 0; i < 8; i++)
        {
            await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token); // unknown channel: 404, not invalid
            harness.Fake.InjectFault(FakeFault.MissingPermissions());
            await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);
        }

        var refused = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);

        refused.Error!.Kind.ShouldBe(DiscordErrorKind.LocalLimit);
        harness.Limiter.InvalidRequests.Count.ShouldBe(6);
        var slowed = harness.Fake.Requests.Skip(6).ToArray(); // after the third 403
        slowed.Zip(slowed.Skip(1)).ShouldAllBe(pair => pair.Second.At - pair.First.At >= 0.99);
        harness.Fake.Requests.Count.ShouldBe(12);
    }

    [Fact]
    public async Task GetChannel_ServerErrors_RetriedWithBackoff()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.ServerError(502), times: 2);

        var result = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);

        result.IsSuccess.ShouldBeTrue();
        harness.Fake.Requests.Select(r => r.Status).ShouldBe([502, 502, 200]);
    }

    [Fact]
    public async Task CreateMessage_ServerErrorWithoutNonce_NotRetried()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.ServerError(500));

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("x"), Token);

        result.Error!.Kind.ShouldBe(DiscordErrorKind.ServerError);
        harness.Fake.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task CreateMessage_AnswerLostWithEnforcedNonce_RetriedAndPostedOnce()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.DropAfterProcessing(), FakeRoutes.CreateMessage);

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), CreateMessageRequest.Idempotent("alert-42", "once"), Token);

        result.IsSuccess.ShouldBeTrue();
        harness.Fake.Requests.Count.ShouldBe(2);
        harness.Fake.Messages.Single().Id.ShouldBe(result.Value.Id.Value);
    }

    [Fact]
    public async Task CreateMessage_AnswerLostWithoutNonce_NotRetried()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        harness.Fake.InjectFault(FakeFault.DropAfterProcessing(), FakeRoutes.CreateMessage);

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("maybe"), Token);

        result.Error!.Kind.ShouldBe(DiscordErrorKind.Transport);
        harness.Fake.Requests.Count.ShouldBe(1);
        harness.Fake.Messages.Count.ShouldBe(1); // it did post: a blind retry would have doubled it
    }
}
