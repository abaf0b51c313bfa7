namespace Bot.Discord.Rest;

/// <summary>The bot's application (<c>GET /applications/@me</c>); its id names the command and webhook routes.</summary>
public sealed record Application(Snowflake Id, string Name);
