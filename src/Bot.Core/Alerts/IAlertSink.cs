namespace Bot.Core.Alerts;

/// <summary>Where alerts go: the console, a Discord channel. Expected failures are results, not exceptions.</summary>
public interface IAlertSink
{
    /// <summary>Delivers one alert. An exception counts as a transient failure.</summary>
    Task<DeliveryResult> DeliverAsync(Alert alert, CancellationToken cancellationToken);
}
