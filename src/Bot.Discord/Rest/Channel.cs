namespace Bot.Discord.Rest;

/// <summary>A channel or thread, with the fields the bot uses.</summary>
public sealed record Channel(Snowflake Id, int Type, Snowflake? GuildId = null, string? Name = null, Snowflake? ParentId = null);
