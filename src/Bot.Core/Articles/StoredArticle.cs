namespace Bot.Core.Articles;

/// <summary>
/// An article as stored: its id, the source it came from (by the name the reader knows it by) and its text, which
/// is empty once pruned. For lookups, dry runs and backfill.
/// </summary>
public sealed record StoredArticle(long Id, long SourceId, string SourceName, Article Article)
{
    /// <summary>The source's declared language, which replaces detection when the article is matched again.</summary>
    public string? SourceLanguage { get; init; }
}
