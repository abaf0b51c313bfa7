namespace Bot.Core.Watching;

/// <summary>A watch rule as the store keeps it.</summary>
/// <param name="Id">Database id.</param>
/// <param name="Guild">The guild it belongs to.</param>
/// <param name="Name">Name, unique in its guild regardless of case; shown in alerts.</param>
/// <param name="Query">The rule in the rule language, as written.</param>
/// <param name="ChannelId">The Discord channel its alerts go to; null for the console.</param>
/// <param name="MentionRoleId">A role mentioned in its alerts, when set.</param>
/// <param name="Origin">Configuration or command.</param>
/// <param name="PausedReason">Why it is paused (by a moderator, or after a delivery was refused); null when active.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record StoredRule(
    long Id,
    GuildId Guild,
    string Name,
    string Query,
    ulong? ChannelId,
    ulong? MentionRoleId,
    RuleOrigin Origin,
    string? PausedReason,
    DateTimeOffset UpdatedAt)
{
    public bool IsPaused => PausedReason is not null;
}
