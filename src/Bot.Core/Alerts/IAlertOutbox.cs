namespace Bot.Core.Alerts;

/// <summary>The queue of alerts not yet delivered, kept in the database.</summary>
public interface IAlertOutbox
{
    /// <summary>
    /// Takes the oldest pending alert that no one else holds, or returns <see langword="null"/> when none is left.
    /// The claim holds the alert until it is completed or disposed; disposing without completing releases it.
    /// </summary>
    Task<IAlertClaim?> ClaimNextAsync(CancellationToken cancellationToken);
}
