using Bot.Core.Alerts;

namespace Bot.Host.Delivery;

/// <summary>
/// Sends each alert where its rule points: the console, or a Discord channel. Without a Discord token, channel alerts
/// wait in the outbox (retried every few minutes) rather than being lost or pausing their rules.
/// </summary>
internal sealed class AlertRouter(ConsoleAlertSink console, DiscordAlertSink? discord) : IAlertSink
{
    private static readonly TimeSpan WaitForDiscord = TimeSpan.FromMinutes(5);

    public Task<DeliveryResult> DeliverAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.ChannelId is null)
        {
            return console.DeliverAsync(alert, cancellationToken);
        }

        return discord is null
            ? Task.FromResult(DeliveryResult.Retry("Discord is not configured in this process (Discord:Token)", WaitForDiscord))
            : discord.DeliverAsync(alert, cancellationToken);
    }
}
