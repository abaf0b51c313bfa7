namespace Bot.Core.Alerts;

/// <summary>An alert held for delivery by one worker.</summary>
public interface IAlertClaim : IAsyncDisposable
{
    /// <summary>The alert to deliver.</summary>
    Alert Alert { get; }

    /// <summary>Records the alert as delivered (with its Discord message, when there is one) and releases it.</summary>
    Task MarkDeliveredAsync(ulong? messageId, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the alert, and those after it for the same channel, wait until <paramref name="retryAt"/>.</summary>
    Task MarkRetryAsync(string reason, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>Records that the alert cannot be delivered; it leaves the outbox and the channel's next alert moves up.</summary>
    Task MarkFailedAsync(string reason, CancellationToken cancellationToken);
}
