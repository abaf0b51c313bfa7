namespace Bot.Core.Watching;

/// <summary>What <c>/watch edit</c> changes; a null field stays as it is.</summary>
public sealed record RuleEdit(string? Query = null, ulong? ChannelId = null, ulong? MentionRoleId = null);
