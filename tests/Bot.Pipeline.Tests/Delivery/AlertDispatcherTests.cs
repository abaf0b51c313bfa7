using Bot.Core.Alerts;
using Bot.Pipeline.Delivery;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Bot.Pipeline.Tests.Delivery;

public sealed class AlertDispatcherTests
{
    private readonly IAlertOutbox _outbox = Substitute.For<IAlertOutbox>();
    private readonly IAlertSink _sink = Substitute.For<IAlertSink>();

    [Fact]
    public async Task DeliverPendingAsync_PendingAlerts_DeliversEachThenMarksIt()
    {
        var first = Claim(1);
        var second = Claim(2);
        var (firstAlert, secondAlert) = (first.Alert, second.Alert);
        _outbox.ClaimNextAsync(Arg.Any<CancellationToken>()).Returns(first, second, null);

        var delivered = await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        delivered.ShouldBe(2);
        Received.InOrder(() =>
        {
            _sink.DeliverAsync(firstAlert, Arg.Any<CancellationToken>());
            first.MarkDeliveredAsync(Arg.Any<CancellationToken>());
            _sink.DeliverAsync(secondAlert, Arg.Any<CancellationToken>());
            second.MarkDeliveredAsync(Arg.Any<CancellationToken>());
        });
        await first.Received(1).DisposeAsync();
        await second.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task DeliverPendingAsync_SinkFails_LeavesAlertUnmarkedAndStops()
    {
        var failing = Claim(1);
        var next = Claim(2);
        _outbox.ClaimNextAsync(Arg.Any<CancellationToken>()).Returns(failing, next);
        _sink.DeliverAsync(failing.Alert, Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("outage"));

        var delivered = await CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken);

        delivered.ShouldBe(0);
        await failing.DidNotReceive().MarkDeliveredAsync(Arg.Any<CancellationToken>());
        await failing.Received(1).DisposeAsync();
        await _outbox.Received(1).ClaimNextAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeliverPendingAsync_Cancelled_Throws()
    {
        var claim = Claim(1);
        _outbox.ClaimNextAsync(Arg.Any<CancellationToken>()).Returns(claim);
        _sink.DeliverAsync(claim.Alert, Arg.Any<CancellationToken>()).ThrowsAsync(new OperationCanceledException());

        await Should.ThrowAsync<OperationCanceledException>(() => CreateSut().DeliverPendingAsync(TestContext.Current.CancellationToken));
        await claim.DidNotReceive().MarkDeliveredAsync(Arg.Any<CancellationToken>());
    }

    private AlertDispatcher CreateSut() => new(_outbox, _sink, NullLogger<AlertDispatcher>.Instance);

    private static IAlertClaim Claim(long id)
    {
        var claim = Substitute.For<IAlertClaim>();
        claim.Alert.Returns(new Alert(id, "rule", "source", "title " + id, null, [], DateTimeOffset.UnixEpoch));
        return claim;
    }
}
