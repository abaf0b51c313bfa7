using Bot.Core.Articles;

namespace Bot.Pipeline.FullText;

/// <summary>What reading article pages did in one poll: the articles (each one kept, read or not) and the counts.</summary>
/// <param name="Articles">The articles in their order, with the page's main text where it was read.</param>
/// <param name="Extracted">Pages whose main text was found; it replaces the summary when longer.</param>
/// <param name="Failed">Pages that could not be fetched or had no main text; their articles keep the summary.</param>
/// <param name="Skipped">Summary-only articles left as they are because the poll's page or time budget was spent.</param>
public sealed record FullTextRead(IReadOnlyList<Article> Articles, int Extracted, int Failed, int Skipped);
