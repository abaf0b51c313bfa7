using Bot.Core.Watching;

namespace Bot.Core.Articles;

/// <summary>Keeps articles once per source and identity, together with the alerts their matches cause.</summary>
public interface IArticleStore
{
    /// <summary>Returns those of <paramref name="identities"/> the source already has, so only new items are matched.</summary>
    Task<IReadOnlySet<string>> FindKnownAsync(long sourceId, IReadOnlyCollection<string> identities, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the article and its pending alerts (one per guild and channel) in one transaction, unless the source already has an
    /// article with the same identity; then nothing is written.
    /// </summary>
    /// <returns>Whether the article was new, and how many alerts it queued.</returns>
    Task<ArticleAddResult> AddIfNewAsync(
        long sourceId, Article article, IReadOnlyList<AlertDraft> alerts, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the articles of one poll and their alerts in one transaction (one round trip for the articles however
    /// many there are); articles the source already has are skipped with their alerts.
    /// </summary>
    Task<ArticleAddResult> AddNewAsync(long sourceId, IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken);
}
