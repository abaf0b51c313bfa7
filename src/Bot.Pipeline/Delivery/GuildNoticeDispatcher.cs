using System.Globalization;
using Bot.Core.Alerts;
using Bot.Core.Notices;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline.Delivery;

/// <summary>
/// Drains the guild-notice outbox the way <see cref="AlertDispatcher"/> drains alerts, with the same results and
/// backoff. One difference on purpose: a channel that refuses a notice only fails that notice. It pauses nothing
/// and writes no new notice, so a refusing channel can never start a chain of notices about notices; the alerts
/// sent there will meet the refusal themselves and pause their rules, with a notice elsewhere.
/// </summary>
public sealed class GuildNoticeDispatcher(IGuildNoticeOutbox outbox, IGuildNoticeSink sink, TimeProvider timeProvider, ILogger<GuildNoticeDispatcher> logger)
{
    /// <summary>Delivers due notices, oldest first, until none is left; returns how many were posted.</summary>
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

            var notice = claim.Notice;
            var channel = notice.ChannelId.ToString(CultureInfo.InvariantCulture);
            DeliveryResult result;
            try
            {
                result = await sink.DeliverAsync(notice, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.GuildNoticeFailed(logger, ex, notice.Id, notice.Guild.ToString(), channel);
                result = DeliveryResult.Retry(ex.GetType().Name);
            }

            switch (result)
            {
                case DeliveryResult.Done done:
                    await claim.MarkDeliveredAsync(done.MessageId, cancellationToken);
                    Log.GuildNoticePosted(logger, notice.Id, notice.Kind, notice.Subject, notice.Guild.ToString(), channel);
                    delivered++;
                    break;
                case DeliveryResult.Transient transient:
                    var retryAt = timeProvider.GetUtcNow() + (transient.After ?? AlertDispatcher.Backoff(notice.Attempts));
                    await claim.MarkRetryAsync(transient.Reason, retryAt, cancellationToken);
                    Log.GuildNoticeDeferred(logger, notice.Id, notice.Guild.ToString(), channel, retryAt, transient.Reason);
                    break;
                case DeliveryResult.TargetUnreachable refused:
                    await claim.MarkFailedAsync(refused.Reason, cancellationToken);
                    Log.GuildNoticeRefused(logger, notice.Id, notice.Kind, notice.Guild.ToString(), channel, refused.Reason);
                    break;
                case DeliveryResult.AlertRejected rejected:
                    await claim.MarkFailedAsync(rejected.Reason, cancellationToken);
                    Log.GuildNoticeRefused(logger, notice.Id, notice.Kind, notice.Guild.ToString(), channel, rejected.Reason);
                    break;
            }
        }
    }
}
