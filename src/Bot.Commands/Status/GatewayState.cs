namespace Bot.Commands.Status;

/// <summary>What this replica does with Discord's gateway, as <c>/status</c> reports it.</summary>
public enum GatewayState
{
    /// <summary>Not started yet, or stopped.</summary>
    Idle,

    /// <summary>Another replica holds the shard; this one waits to take over.</summary>
    StandingBy,

    /// <summary>This replica holds the shard and is (re)connecting.</summary>
    Connecting,

    /// <summary>This replica holds the shard with a connection open.</summary>
    Connected,
}
