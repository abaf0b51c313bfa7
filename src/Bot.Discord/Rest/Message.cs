namespace Bot.Discord.Rest;

/// <summary>A message Discord created or edited.</summary>
public sealed record Message(Snowflake Id, Snowflake ChannelId, string? Content = null, IReadOnlyList<Embed>? Embeds = null, User? Author = null, int? Flags = null);
