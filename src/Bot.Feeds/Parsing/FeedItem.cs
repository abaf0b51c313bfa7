namespace Bot.Feeds.Parsing;

/// <summary>One entry of a feed, as the feed states it, with HTML already turned into plain text.</summary>
public sealed record FeedItem
{
    /// <summary>The feed's own id or guid, when it has one.</summary>
    public string? Id { get; init; }

    /// <summary>Plain-text title; empty when the feed gives none.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Absolute http(s) link, resolved against xml:base or the feed URL.</summary>
    public Uri? Link { get; init; }

    /// <summary>When the item was first published, when the feed gives a readable time.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the item was last changed, when the feed says so.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Author names (or addresses, when the feed gives nothing else), in document order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Plain-text summary (RSS description, Atom summary).</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>Plain-text full content (content:encoded, Atom content), when the feed carries it.</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>Categories, tags and subjects.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Language of the item (its own, else the feed's), as a tag such as <c>ar</c> or <c>fr-FR</c>.</summary>
    public string? Language { get; init; }

    /// <summary>A picture for the item (media:thumbnail, JSON Feed image), when given.</summary>
    public Uri? Image { get; init; }

    /// <summary>The publication time, else the update time: the best date the feed gives.</summary>
    public DateTimeOffset? PublishedAt => Published ?? Updated;

    /// <summary>The fullest text the feed gives: the content, else the summary.</summary>
    public string Body => Content.Length > 0 ? Content : Summary;
}
