using Bot.Core.Watching;

namespace Bot.Core.Articles;

/// <summary>The stored articles as a whole: retention, and replays through the rules (backfill).</summary>
public interface IArticleArchive
{
    /// <summary>
    /// Empties the text of articles first seen before <paramref name="textBefore"/> and deletes articles (their
    /// identities, so dedupe forgets them) first seen before <paramref name="identityBefore"/>.
    /// </summary>
    Task<PruneResult> PruneAsync(DateTimeOffset textBefore, DateTimeOffset identityBefore, CancellationToken cancellationToken);

    /// <summary>How many articles with text were published since <paramref name="since"/>.</summary>
    Task<long> CountSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The articles with text published since <paramref name="since"/>, oldest first, streamed.</summary>
    IAsyncEnumerable<StoredArticle> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Queues an alert for a stored article unless its target already has one; returns whether it was queued.</summary>
    Task<bool> QueueAlertAsync(long articleId, AlertDraft alert, CancellationToken cancellationToken);
}
