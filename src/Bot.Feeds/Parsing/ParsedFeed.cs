namespace Bot.Feeds.Parsing;

/// <summary>A parsed feed: what it says about itself, its items in document order, and how it was read.</summary>
public sealed record ParsedFeed
{
    /// <summary>Plain-text title; empty when the feed gives none.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The site the feed belongs to, when it says.</summary>
    public Uri? Link { get; init; }

    /// <summary>The feed's language tag, when it declares one.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<FeedItem> Items { get; init; } = [];

    /// <summary>The format that was read: rss20, rss091 … (rss with its version), rss10, rss090, atom10, atom03, atom (another namespace), json, sitemap.</summary>
    public string Format { get; init; } = string.Empty;

    /// <summary>The character encoding the body was read with (lower-case label).</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>
    /// What was repaired or guessed: an ill-formed feed yields what could be recovered, and says so here.
    /// Empty for a feed that is exactly what it claims to be.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
