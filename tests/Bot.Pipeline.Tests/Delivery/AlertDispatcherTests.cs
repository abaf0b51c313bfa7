using Bot.Core.Alerts;
using Bot.Core.Watching;
using Bot.Pipeline.Delivery;
using Bot.Pipeline.Matching;
using Bot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Bot.Pipeline.Tests.Delivery;

public sealed class AlertDispatcherTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly IAlertOutbox _outbox = Substitute.For<IAlertOutbox>();
    private readonly IAlertSink _sink = Substitute.For<IAlertSink>();
    private readonly IWatchStore _watch = Substitute.For<IWatchStore>();
    private readonly ManualTimeProvider _time = new(Now);
    private readonly RuleBookProvider _ruleBook;

    public AlertDispatcherTests()
    {
        _ruleBook = new RuleBookProvider(_watch, _time, NullLogger<RuleBookProvider>.Instance);
        _watch.LoadAsync(Arg.Any<CancellationToken>()).Returns(WatchSnapshot.Empty);
        _watch.PauseRulesForChannelAsync(default, default, default!, default).ReturnsForAnyArgs(["to that channel"]);
    }

    public void Dispose() => _ruleBook.Dispose();

    [Fact]
    public async Task DeliverPendingAsync_PendingAlerts_DeliversEachThenMarksItWithItsMessage()
    {
        var first = Claim(1);
        var second = Claim(2);
        var (firstAlert, secondAlert) = (first.Alert, second.Alert);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(first, second, null);
        _sink.DeliverAsync(firstAlert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Delivered(111));
        _sink.DeliverAsync(secondAlert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Delivered());

        var delivered = await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        delivered.ShouldBe(2);
        Received.InOrder(() =>
        {
            _sink.DeliverAsync(firstAlert, Arg.Any<CancellationToken>());
            first.MarkDeliveredAsync(111, Arg.Any<CancellationToken>());
            _sink.DeliverAsync(secondAlert, Arg.Any<CancellationToken>());
            second.MarkDeliveredAsync(null, Arg.Any<CancellationToken>());
        });
        await first.Received(1).DisposeAsync();
        await second.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task DeliverPendingAsync_TransientFailure_DefersThatAlertWithBackoffAndGoesOn()
    {
        var failing = Claim(1, attempts: 2);
        var next = Claim(2);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(failing, next, null);
        _sink.DeliverAsync(failing.Alert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Retry("503"));
        _sink.DeliverAsync(next.Alert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Delivered());

        var delivered = await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        delivered.ShouldBe(1);
        // The third attempt waits 20 s, give or take the jitter.
        await failing.Received(1).MarkRetryAsync("503", Arg.Is<DateTimeOffset>(t => t >= Now.AddSeconds(16) && t <= Now.AddSeconds(24)), Arg.Any<CancellationToken>());
        await failing.DidNotReceiveWithAnyArgs().MarkDeliveredAsync(default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DeliverPendingAsync_RetryAfterGiven_WaitsThatLong()
    {
        var limited = Claim(1);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(limited, (IAlertClaim?)null);
        _sink.DeliverAsync(limited.Alert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Retry("429", TimeSpan.FromSeconds(42)));

        await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        await limited.Received(1).MarkRetryAsync("429", Now.AddSeconds(42), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeliverPendingAsync_SinkThrows_CountsAsTransient()
    {
        var failing = Claim(1);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(failing, (IAlertClaim?)null);
        _sink.DeliverAsync(failing.Alert, Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("outage"));

        var delivered = await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        delivered.ShouldBe(0);
        await failing.Received(1).MarkRetryAsync(nameof(HttpRequestException), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await failing.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task DeliverPendingAsync_TargetUnreachable_FailsTheAlertAndPausesTheChannelsRules()
    {
        var refused = Claim(1, channel: 77);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(refused, (IAlertClaim?)null);
        _sink.DeliverAsync(refused.Alert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Unreachable("Missing Access"));

        await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        await refused.Received(1).MarkFailedAsync("Missing Access", Arg.Any<CancellationToken>());
        await _watch.Received(1).PauseRulesForChannelAsync(new GuildId(5), 77, "Missing Access", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeliverPendingAsync_AlertRejected_FailsOnlyThatAlert()
    {
        var rejected = Claim(1, channel: 77);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(rejected, (IAlertClaim?)null);
        _sink.DeliverAsync(rejected.Alert, Arg.Any<CancellationToken>()).Returns(DeliveryResult.Rejected("embed too long"));

        await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        await rejected.Received(1).MarkFailedAsync("embed too long", Arg.Any<CancellationToken>());
        await _watch.DidNotReceiveWithAnyArgs().PauseRulesForChannelAsync(default, default, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DeliverPendingAsync_Cancelled_Throws()
    {
        var claim = Claim(1);
        _outbox.ClaimNextAsync(Now, Arg.Any<CancellationToken>()).Returns(claim);
        _sink.DeliverAsync(claim.Alert, Arg.Any<CancellationToken>()).ThrowsAsync(new OperationCanceledException());

        await Should.ThrowAsync<OperationCanceledException>(() => CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken));
        await claim.DidNotReceiveWithAnyArgs().MarkDeliveredAsync(default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Backoff_GrowsToTenMinutesAndStaysThere()
    {
        AlertDispatcher.Backoff(0).ShouldBeInRange(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6));
        AlertDispatcher.Backoff(30).ShouldBeInRange(TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(12));
    }

    private AlertDispatcher CreateSut() => new(_outbox, _sink, _watch, _ruleBook, _time, NullLogger<AlertDispatcher>.Instance);

    private static IAlertClaim Claim(long id, ulong? channel = null, int attempts = 0)
    {
        var claim = Substitute.For<IAlertClaim>();
        claim.Alert.Returns(new Alert(id, new GuildId(5), channel, ["rule"], "source", "title " + id, null, [], DateTimeOffset.UnixEpoch) { Attempts = attempts });
        return claim;
    }
}
