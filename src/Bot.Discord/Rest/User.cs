namespace Bot.Discord.Rest;

/// <summary>A user, with the fields the bot uses.</summary>
public sealed record User(Snowflake Id, string Username, bool? Bot = null);
