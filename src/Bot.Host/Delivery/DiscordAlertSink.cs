using Bot.Core.Alerts;
using Bot.Discord.Rest;

namespace Bot.Host.Delivery;

/// <summary>
/// Posts alerts to their Discord channel with a nonce Discord enforces, so a retry after a crash or a lost answer
/// returns the message already posted instead of posting twice. Failures map to what the dispatcher should do:
/// a channel that is gone or closed to the bot is unreachable; a refused message is dropped; the rest is retried.
/// </summary>
internal sealed class DiscordAlertSink(IDiscordRestClient rest) : IAlertSink
{
    public async Task<DeliveryResult> DeliverAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.ChannelId is not { } channel)
        {
            throw new ArgumentException("An alert for the console cannot go to Discord.", nameof(alert));
        }

        var result = await rest.CreateMessageAsync(new Snowflake(channel), AlertEmbed.Message(alert), cancellationToken);
        return DiscordPostResults.From(result, channel);
    }
}
