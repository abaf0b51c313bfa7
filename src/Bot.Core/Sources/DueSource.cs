namespace Bot.Core.Sources;

/// <summary>A source claimed for polling, with what the poll needs from its last state.</summary>
/// <param name="Stored">The source.</param>
/// <param name="ETag">ETag of the last full response, for a conditional GET.</param>
/// <param name="LastModified">Last-Modified of the last full response.</param>
/// <param name="ErrorStreak">Failed polls in a row so far.</param>
/// <param name="FailingSince">When the current run of failures began.</param>
/// <param name="DueAt">When the poll was due; the delay until it starts is the poll lag.</param>
public sealed record DueSource(StoredSource Stored, string? ETag, string? LastModified, int ErrorStreak, DateTimeOffset? FailingSince, DateTimeOffset? DueAt = null);
