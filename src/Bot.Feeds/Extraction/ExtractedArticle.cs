namespace Bot.Feeds.Extraction;

/// <summary>The main text of an article page, or why there is none.</summary>
/// <param name="Status">How extraction ended; <see cref="Text"/> is empty unless it is <see cref="ExtractionStatus.Extracted"/>.</param>
/// <param name="Text">Paragraphs of the article, one per line.</param>
/// <param name="Truncated">The page or the text was longer than the limits and was cut.</param>
public sealed record ExtractedArticle(ExtractionStatus Status, string Text, bool Truncated)
{
    /// <summary>The page's headline (its first <c>h1</c>, else its <c>og:title</c> or title), or empty.</summary>
    public string Headline { get; init; } = string.Empty;
}
