namespace Bot.Core.Articles;

/// <summary>What storing an article did.</summary>
/// <param name="IsNew">False when the article had been stored before.</param>
/// <param name="AlertsQueued">Alerts written to the outbox for it.</param>
public readonly record struct ArticleAddResult(bool IsNew, int AlertsQueued)
{
    public static ArticleAddResult Duplicate => new(false, 0);
}
