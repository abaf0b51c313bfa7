namespace Bot.Core.Alerts;

/// <summary>Where alerts go: the console, a Discord channel. An exception means "not delivered, try again".</summary>
public interface IAlertSink
{
    /// <summary>Delivers one alert.</summary>
    Task DeliverAsync(Alert alert, CancellationToken cancellationToken);
}
