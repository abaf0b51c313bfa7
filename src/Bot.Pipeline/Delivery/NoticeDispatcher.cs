using Bot.Core.Sources;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline.Delivery;

/// <summary>Drains the source-notice outbox into the notice sink, oldest first, until none is left or the sink fails.</summary>
public sealed class NoticeDispatcher(ISourceNoticeOutbox outbox, ISourceNoticeSink sink, ILogger<NoticeDispatcher> logger)
{
    // Long enough for any sink call; a notice held longer is offered again.
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (await outbox.ClaimNextAsync(Hold, cancellationToken) is { } notice)
        {
            try
            {
                await sink.DeliverAsync(notice, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.NoticeDeliveryFailed(logger, ex, notice.Id, notice.SourceName);
                return delivered;
            }

            await outbox.MarkDeliveredAsync(notice.Id, cancellationToken);
            delivered++;
        }

        return delivered;
    }
}
