namespace Bot.Core.Articles;

/// <summary>An article as stored: its id, the source it came from, and its text (empty once pruned).</summary>
public sealed record StoredArticle(long Id, long SourceId, string SourceName, Article Article);
