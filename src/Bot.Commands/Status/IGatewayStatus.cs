namespace Bot.Commands.Status;

/// <summary>
/// This replica's gateway state, without Discord types: the host adapts its gateway service to it. Registered only
/// when a Discord token is configured, so <see cref="StatusCommand"/> takes it optionally.
/// </summary>
public interface IGatewayStatus
{
    GatewayState State { get; }
}
