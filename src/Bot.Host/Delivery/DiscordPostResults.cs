using Bot.Core.Alerts;
using Bot.Discord.Rest;

namespace Bot.Host.Delivery;

/// <summary>
/// What a failed or successful channel post means for the outbox, shared by alerts and guild notices: a channel that
/// is gone or closed to the bot is unreachable; a refused message is dropped; the rest (outage, rate limit) is retried.
/// </summary>
internal static class DiscordPostResults
{
    public static DeliveryResult From(DiscordResult<Message> result, ulong channel)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsSuccess)
        {
            return DeliveryResult.Delivered(result.Value.Id.Value);
        }

        var error = result.Error;
        return error.Kind switch
        {
            DiscordErrorKind.NotFound or DiscordErrorKind.Forbidden => DeliveryResult.Unreachable($"Discord refused channel {channel}: {error.Message} (code {error.Code})"),
            DiscordErrorKind.BadRequest => DeliveryResult.Rejected($"Discord refused the message: {error}"),
            _ => DeliveryResult.Retry(error.ToString(), error.RetryAfter),
        };
    }
}
