using Bot.Discord.Rest;

namespace Bot.Discord.Gateway;

/// <summary>The fields of READY the client keeps; the many others are ignored.</summary>
internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, ReadyApplication? Application = null, User? User = null);
