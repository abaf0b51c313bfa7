using Bot.Pipeline.Delivery;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// Drains the alert outbox, then the guild notices (alerts first: a refused alert writes the notice that says so),
/// then the operator's source notices. Runs periodically and right after a poll queues alerts.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeliverAlertsJob(AlertDispatcher dispatcher, GuildNoticeDispatcher guildNotices, NoticeDispatcher notices) : IJob
{
    public static readonly JobKey Key = new("deliver-alerts", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await dispatcher.DeliverPendingAsync(cancellationToken);
        await guildNotices.DeliverPendingAsync(cancellationToken);
        await notices.DeliverPendingAsync(cancellationToken);
    }
}
