namespace Bot.Discord.Gateway;

/// <summary>What this process does with its shard's gateway connection.</summary>
public enum GatewayRole
{
    /// <summary>Not started yet, or stopped.</summary>
    Idle,

    /// <summary>Another replica holds the shard; this one waits to take over.</summary>
    StandingBy,

    /// <summary>This process holds the shard and keeps its connection.</summary>
    Holding,
}
