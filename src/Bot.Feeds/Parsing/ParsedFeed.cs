namespace Bot.Feeds.Parsing;

/// <summary>A parsed feed: its title and items in document order.</summary>
public sealed record ParsedFeed(string Title, IReadOnlyList<FeedItem> Items);
