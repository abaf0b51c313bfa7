using Bot.Core.Watching;

namespace Bot.Core.Articles;

/// <summary>An article read in a poll, with the alerts its matches cause.</summary>
public sealed record NewArticle(Article Article, IReadOnlyList<AlertDraft> Alerts);
