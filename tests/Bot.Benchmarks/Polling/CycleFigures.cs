namespace Bot.Benchmarks.Polling;

/// <summary>One poll cycle over every source.</summary>
/// <param name="Polls">Polls recorded.</param>
/// <param name="Ok">Polls that read the feed (200).</param>
/// <param name="NotModified">Polls answered 304.</param>
/// <param name="Failed">Polls that ended in any other way.</param>
/// <param name="CycleSeconds">From the first claim that found sources due to the last poll recorded.</param>
/// <param name="FromTriggerSeconds">From starting the host (first cycle) or moving the clock (second) to the last poll recorded.</param>
/// <param name="BotCpuSeconds">CPU time of the process running the bot (this one; the feed server is apart).</param>
/// <param name="PostgresCpuSeconds">CPU time of the PostgreSQL server, when it runs on this machine.</param>
/// <param name="FeedServerCpuSeconds">CPU time of the feed server process.</param>
/// <param name="PeakWorkingSetMiB">Largest working set of the bot's process during the cycle (sampled every 100 ms).</param>
/// <param name="AllocatedMiB">Managed memory allocated by the bot's process during the cycle.</param>
/// <param name="FeedBytes">Feed bodies served (304s have none).</param>
/// <param name="AlertsDelivered">Alerts that reached the alert sink after the cycle, once the outbox had drained.</param>
internal sealed record CycleFigures(
    int Polls,
    int Ok,
    int NotModified,
    int Failed,
    double CycleSeconds,
    double FromTriggerSeconds,
    double BotCpuSeconds,
    double? PostgresCpuSeconds,
    double FeedServerCpuSeconds,
    double PeakWorkingSetMiB,
    double AllocatedMiB,
    long FeedBytes,
    int AlertsDelivered);
