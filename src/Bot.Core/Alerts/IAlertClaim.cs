namespace Bot.Core.Alerts;

/// <summary>An alert held for delivery by one worker.</summary>
public interface IAlertClaim : IAsyncDisposable
{
    /// <summary>The alert to deliver.</summary>
    Alert Alert { get; }

    /// <summary>Records the alert as delivered and releases it.</summary>
    Task MarkDeliveredAsync(CancellationToken cancellationToken);
}
