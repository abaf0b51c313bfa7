using Bot.Core.Alerts;
using Bot.Core.Notices;
using Bot.Discord.Rest;

namespace Bot.Host.Delivery;

/// <summary>Posts guild notices to their channel with an enforced nonce (<c>notice-&lt;id&gt;</c>), so a retry cannot post twice.</summary>
internal sealed class DiscordNoticeSink(IDiscordRestClient rest) : IGuildNoticeSink
{
    public async Task<DeliveryResult> DeliverAsync(GuildNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var result = await rest.CreateMessageAsync(new Snowflake(notice.ChannelId), NoticeEmbed.Message(notice), cancellationToken);
        return DiscordPostResults.From(result, notice.ChannelId);
    }
}
