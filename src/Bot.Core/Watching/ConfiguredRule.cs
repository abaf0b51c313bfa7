namespace Bot.Core.Watching;

/// <summary>A rule from the operator's configuration, as start-up saves it.</summary>
public sealed record ConfiguredRule(string Name, string Query, ulong? ChannelId, ulong? MentionRoleId);
