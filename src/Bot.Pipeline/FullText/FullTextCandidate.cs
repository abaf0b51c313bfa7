using Bot.Core.Articles;

namespace Bot.Pipeline.FullText;

/// <summary>A new article of a full-text source, and whether its feed gave only a summary of it.</summary>
public sealed record FullTextCandidate(Article Article, bool SummaryOnly);
