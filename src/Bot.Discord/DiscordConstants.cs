namespace Bot.Discord;

/// <summary>Discord's documented numbers, in one place (see docs/reference/discord-api.md in the shared notes).</summary>
internal static class DiscordConstants
{
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";
    public const int GatewayVersion = 10;
    public const int GlobalRequestsPerSecond = 50;
    public const int MaxGatewaySendsPerMinute = 120;

    /// <summary>Sends kept back from other commands so heartbeats always fit in the gateway's window.</summary>
    public const int HeartbeatHeadroom = 5;

    public const int MaxGatewayPayloadBytes = 4096;
    public const int MaxAutocompleteChoices = 25;
    public const int InvalidRequestBanLimit = 10_000;
    public const int EphemeralFlag = 64;
    public const string LibraryName = "attribution-watch";

    public static readonly TimeSpan GatewaySendWindow = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan InvalidRequestWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan InteractionDeadline = TimeSpan.FromSeconds(3);

    /// <summary>IDENTIFYs allowed per <c>max_concurrency</c> in this window.</summary>
    public static readonly TimeSpan IdentifyWindow = TimeSpan.FromSeconds(5);
}
