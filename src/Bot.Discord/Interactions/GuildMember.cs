using Bot.Discord.Rest;

namespace Bot.Discord.Interactions;

/// <summary>The invoking member; <see cref="Permissions"/> is their decimal permission bit set in that channel, <see cref="Roles"/> their role ids.</summary>
public sealed record GuildMember(User? User = null, string? Permissions = null, string? Nick = null, IReadOnlyList<Snowflake>? Roles = null);
