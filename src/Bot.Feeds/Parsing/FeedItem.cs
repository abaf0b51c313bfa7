namespace Bot.Feeds.Parsing;

/// <summary>One entry of a feed, as the feed states it, with HTML already turned into text.</summary>
/// <param name="Id">The feed's own id or guid, when it has one.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Link">Absolute link, resolved against the feed URL.</param>
/// <param name="Summary">Plain-text summary or content.</param>
/// <param name="PublishedAt">Publication (or update) time, when the feed gives a readable one.</param>
public sealed record FeedItem(string? Id, string Title, Uri? Link, string Summary, DateTimeOffset? PublishedAt);
