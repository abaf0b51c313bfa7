using Bot.Core.Alerts;

namespace Bot.Core.Notices;

/// <summary>Where guild notices go: a Discord channel. Expected failures are results; an exception counts as transient.</summary>
public interface IGuildNoticeSink
{
    Task<DeliveryResult> DeliverAsync(GuildNotice notice, CancellationToken cancellationToken);
}
