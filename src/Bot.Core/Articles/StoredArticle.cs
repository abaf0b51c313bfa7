namespace Bot.Core.Articles;

/// <summary>An article as stored, with the name of its source, for lookups and dry runs.</summary>
public sealed record StoredArticle(long Id, string SourceName, string Title, string Summary, Uri? Link, DateTimeOffset PublishedAt)
{
    /// <summary>The text rules are matched against, as when the article was polled.</summary>
    public string MatchText => string.IsNullOrEmpty(Summary) ? Title : Title + "\n" + Summary;
}
