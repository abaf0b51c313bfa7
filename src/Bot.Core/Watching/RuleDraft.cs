namespace Bot.Core.Watching;

/// <summary>A rule a moderator adds: its name, its query (already checked) and where its alerts go.</summary>
public sealed record RuleDraft(string Name, string Query, ulong? ChannelId, ulong? MentionRoleId);
