namespace Bot.Core.Watching;

/// <summary>
/// What <c>/watch edit</c> changes; a null field stays as it is. A null role cannot also mean "no role", so
/// <paramref name="ClearMentionRole"/> says that (it never comes with <paramref name="MentionRoleId"/>).
/// </summary>
public sealed record RuleEdit(string? Query = null, ulong? ChannelId = null, ulong? MentionRoleId = null, bool ClearMentionRole = false);
