namespace Bot.Host.Scheduling;

/// <summary>The Quartz scheduler shared by all replicas. Section <c>Bot:Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Bot:Scheduling";

    /// <summary>Cluster name; replicas sharing a database and this name share the schedule. Default <c>bot</c>.</summary>
    public string SchedulerName { get; set; } = "bot";

    /// <summary>How often the outbox is drained when no poll has just queued alerts. Default 10 seconds.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the database is asked which sources are due. Default 5 seconds.</summary>
    public TimeSpan DueCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a replica tells the cluster it is alive; a replica silent for twice this is presumed dead. Default 10 seconds.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);
}
