using Bot.Discord.Rest;

namespace Bot.Discord.Commands;

/// <summary>A command as Discord stored it.</summary>
public sealed record RegisteredCommand(Snowflake Id, Snowflake ApplicationId, string Name, Snowflake Version, Snowflake? GuildId = null);
