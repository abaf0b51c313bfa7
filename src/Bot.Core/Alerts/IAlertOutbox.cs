namespace Bot.Core.Alerts;

/// <summary>The queue of alerts not yet delivered, kept in the database.</summary>
public interface IAlertOutbox
{
    /// <summary>
    /// Takes the oldest pending alert of a channel, due at <paramref name="now"/>, that no one else holds, or returns
    /// <see langword="null"/> when none is left. Alerts of one channel go out in order: a channel whose oldest alert is
    /// held or waiting for a retry offers none. Disposing the claim without marking it releases it.
    /// </summary>
    Task<IAlertClaim?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
