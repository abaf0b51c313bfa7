namespace Bot.Core.Sources;

/// <summary>A stored source with where it came from, whether it is still in use, and its health.</summary>
public sealed record SourceListing(StoredSource Stored, SourceOrigin Origin, bool Enabled, SourceHealth Health);
