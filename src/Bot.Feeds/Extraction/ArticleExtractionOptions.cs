namespace Bot.Feeds.Extraction;

/// <summary>Bounds for reading the main text of an article page.</summary>
public sealed record ArticleExtractionOptions
{
    /// <summary>Bytes of the page that are read; the rest is ignored (HTML parses fine when cut).</summary>
    /// <value>2 MiB.</value>
    public int MaxBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Time allowed for parsing and scoring one page.</summary>
    /// <value>2 seconds.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Characters of extracted text kept at most.</summary>
    /// <value>100,000.</value>
    public int MaxTextLength { get; init; } = 100_000;

    /// <summary>Below this many characters the page is said to have no main text.</summary>
    /// <value>80.</value>
    public int MinTextLength { get; init; } = 80;
}
