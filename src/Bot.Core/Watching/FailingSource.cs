namespace Bot.Core.Watching;

/// <summary>A source a guild sees that fails or is paused: its name (the guild's name for its own), the last result and problem, the streak and why it was paused.</summary>
public sealed record FailingSource(string Name, string? LastResult, string? Problem, int ErrorStreak, string? PausedReason);
