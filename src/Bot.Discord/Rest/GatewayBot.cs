namespace Bot.Discord.Rest;

/// <summary>Answer of <c>GET /gateway/bot</c>: where to connect and how many sessions may still start.</summary>
public sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);
