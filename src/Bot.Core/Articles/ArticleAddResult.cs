namespace Bot.Core.Articles;

/// <summary>What storing articles did.</summary>
/// <param name="NewArticles">Articles stored; those the source had already are not counted.</param>
/// <param name="AlertsQueued">Alerts written to the outbox for them.</param>
public readonly record struct ArticleAddResult(int NewArticles, int AlertsQueued)
{
    public static ArticleAddResult Duplicate => default;

    /// <summary>True when at least one article was new.</summary>
    public bool IsNew => NewArticles > 0;
}
