using Bot.Core.Alerts;
using Bot.Core.Watching;
using Bot.Pipeline.Matching;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline.Delivery;

/// <summary>
/// Drains the outbox: each due alert goes to the sink, then is marked delivered, deferred with backoff (outage, rate
/// limit) or failed (unknown channel, missing permission). A refused channel pauses the rules that send there, so
/// moderators see why in <c>/status</c> and nothing piles up behind it; the store queues a guild notice with the
/// pause, which <see cref="GuildNoticeDispatcher"/> posts in another channel of the guild.
/// </summary>
public sealed class AlertDispatcher(
    IAlertOutbox outbox,
    IAlertSink sink,
    IWatchStore watch,
    RuleBookProvider ruleBook,
    TimeProvider timeProvider,
    ILogger<AlertDispatcher> logger)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(10);

    /// <summary>Delivers due alerts oldest first per channel until none is left; returns how many went out.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            await using var claim = await outbox.ClaimNextAsync(timeProvider.GetUtcNow(), cancellationToken);
            if (claim is null)
            {
                return delivered;
            }

            var alert = claim.Alert;
            DeliveryResult result;
            try
            {
                result = await sink.DeliverAsync(alert, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.DeliveryFailed(logger, ex, alert.Id, alert.RuleLabel);
                result = DeliveryResult.Retry(ex.GetType().Name);
            }

            switch (result)
            {
                case DeliveryResult.Done done:
                    await claim.MarkDeliveredAsync(done.MessageId, cancellationToken);
                    delivered++;
                    PipelineMetrics.AlertsDelivered.Add(1);
                    break;
                case DeliveryResult.Transient transient:
                    var retryAt = timeProvider.GetUtcNow() + (transient.After ?? Backoff(alert.Attempts));
                    await claim.MarkRetryAsync(transient.Reason, retryAt, cancellationToken);
                    Log.DeliveryDeferred(logger, alert.Id, alert.RuleLabel, alert.Attempts + 1, retryAt, transient.Reason);
                    PipelineMetrics.AlertsFailed.Add(1);
                    break;
                case DeliveryResult.AlertRejected rejected:
                    await claim.MarkFailedAsync(rejected.Reason, cancellationToken);
                    Log.DeliveryRejected(logger, alert.Id, alert.RuleLabel, rejected.Reason);
                    PipelineMetrics.AlertsFailed.Add(1);
                    break;
                case DeliveryResult.TargetUnreachable refused:
                    await claim.MarkFailedAsync(refused.Reason, cancellationToken);
                    var paused = await watch.PauseRulesForChannelAsync(alert.Guild, alert.ChannelId, refused.Reason, cancellationToken);
                    ruleBook.Invalidate();
                    Log.DeliveryRefused(logger, alert.Id, alert.RuleLabel, alert.ChannelId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "console", alert.Guild.ToString(), refused.Reason, string.Join(", ", paused));
                    PipelineMetrics.AlertsFailed.Add(1);
                    break;
            }
        }
    }

    // 5 s, 10 s, 20 s … up to 10 minutes, with ±20 % jitter so replicas do not retry in step.
    internal static TimeSpan Backoff(int attempts)
    {
        var exponential = FirstRetry * Math.Pow(2, Math.Min(attempts, 16));
        var capped = exponential < LastRetry ? exponential : LastRetry;
        return capped * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }
}
