namespace Bot.Core.Alerts;

/// <summary>An alert a guild received (or is about to), with its article, for <c>/alerts recent</c>.</summary>
public sealed record RecentAlert(
    long Id, IReadOnlyList<string> RuleNames, string Title, Uri? Link, string SourceName, ulong? ChannelId, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);
