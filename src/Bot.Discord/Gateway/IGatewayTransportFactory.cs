namespace Bot.Discord.Gateway;

/// <summary>Makes a fresh transport for each connection, so no state outlives its socket.</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
