using Bot.Core.Alerts;
using Bot.Core.Notices;

namespace Bot.Host.Delivery;

/// <summary>
/// Without a Discord token, guild notices wait in the outbox (tried again every few minutes), as channel alerts do,
/// rather than being dropped: a process that has the token will post them.
/// </summary>
internal sealed class WaitingNoticeSink : IGuildNoticeSink
{
    private static readonly TimeSpan WaitForDiscord = TimeSpan.FromMinutes(5);

    public Task<DeliveryResult> DeliverAsync(GuildNotice notice, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryResult.Retry("Discord is not configured in this process (Discord:Token)", WaitForDiscord));
}
