using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>An event from the gateway (op 0): its name (<c>t</c>), sequence number (<c>s</c>) and data (<c>d</c>).</summary>
public sealed record GatewayDispatch(string Name, long Sequence, JsonElement Data);
