using Bot.Commands.Status;
using Bot.Discord.Gateway;

namespace Bot.Host.Discord;

/// <summary>The gateway service's role and connection as <c>/status</c> reports them, so the commands see no Discord types.</summary>
internal sealed class DiscordGatewayStatus(DiscordGatewayService gateway) : IGatewayStatus
{
    public GatewayState State => gateway.Role switch
    {
        GatewayRole.Holding when gateway.IsConnected => GatewayState.Connected,
        GatewayRole.Holding => GatewayState.Connecting,
        GatewayRole.StandingBy => GatewayState.StandingBy,
        _ => GatewayState.Idle,
    };
}
