namespace Bot.Core.Sources;

/// <summary>A source as the store holds it, with its database id.</summary>
public sealed record StoredSource(long Id, FeedSource Source);
