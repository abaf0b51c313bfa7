namespace Bot.Feeds.Extraction;

/// <summary>How reading an article page ended.</summary>
public enum ExtractionStatus
{
    /// <summary>Main text found.</summary>
    Extracted,

    /// <summary>The page has no block of text long enough to be an article (a video page, a paywall, an index).</summary>
    NoMainText,

    /// <summary>Parsing and scoring took longer than allowed.</summary>
    TimedOut,
}
