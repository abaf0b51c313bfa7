using Bot.Core.Alerts;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline.Delivery;

/// <summary>Drains the outbox: each pending alert goes to the sink and is then marked delivered.</summary>
public sealed class AlertDispatcher(IAlertOutbox outbox, IAlertSink sink, ILogger<AlertDispatcher> logger)
{
    /// <summary>Delivers pending alerts oldest first until none is left or the sink fails; returns how many went out.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            await using var claim = await outbox.ClaimNextAsync(cancellationToken);
            if (claim is null)
            {
                return delivered;
            }

            try
            {
                await sink.DeliverAsync(claim.Alert, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The claim is released unmarked, so the alert is tried again on the next drain.
                Log.DeliveryFailed(logger, ex, claim.Alert.Id, claim.Alert.RuleName);
                PipelineMetrics.AlertsFailed.Add(1);
                return delivered;
            }

            await claim.MarkDeliveredAsync(cancellationToken);
            delivered++;
            PipelineMetrics.AlertsDelivered.Add(1);
        }
    }
}
