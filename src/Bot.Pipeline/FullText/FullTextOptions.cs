namespace Bot.Pipeline.FullText;

/// <summary>
/// How article pages of full-text sources are read. Section <c>Bot:FullText</c>. Every bound is per poll of one
/// source, so a source of long, summary-only items cannot hold its claim (or its host) for long.
/// </summary>
public sealed class FullTextOptions
{
    public const string SectionName = "Bot:FullText";

    /// <summary>
    /// An item is "only a summary" when the feed gives no full content for it (content:encoded, Atom content, JSON
    /// Feed content_html/content_text) or its text is shorter than this many characters.
    /// </summary>
    /// <value>600.</value>
    public int SummaryLength { get; set; } = 600;

    /// <summary>New items whose page is read in one poll at most; the others keep their summary.</summary>
    /// <value>10.</value>
    public int MaxPagesPerPoll { get; set; } = 10;

    /// <summary>Bytes of one page read at most, after decompression; a larger page keeps the item's summary.</summary>
    /// <value>1 MiB.</value>
    public int MaxPageBytes { get; set; } = 1024 * 1024;

    /// <summary>Time to fetch one page, redirects and retries included (never more than <c>Bot:Http:Timeout</c>).</summary>
    /// <value>15 seconds.</value>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Time for all the pages of one poll: a page starts only while a whole <see cref="PageTimeout"/> is left, and
    /// the items whose page does not start keep their summary.
    /// </summary>
    /// <value>60 seconds.</value>
    public TimeSpan PollBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time to parse one page and find its main text.</summary>
    /// <value>2 seconds.</value>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
