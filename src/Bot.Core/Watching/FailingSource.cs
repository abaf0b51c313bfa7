namespace Bot.Core.Watching;

/// <summary>
/// A source a guild sees that fails or is paused: its name (the guild's name for its own), the last result and
/// problem, the streak, why the poller paused it, and whether the guild paused its own subscription (with
/// <c>/source pause</c>: its articles then reach none of the guild's rules, which <c>/status</c> must show), and the
/// last HTTP status. Problem and paused reason are for operators: they may quote URLs, which can carry keys.
/// </summary>
public sealed record FailingSource(string Name, string? LastResult, string? Problem, int ErrorStreak, string? PausedReason, bool PausedByGuild = false, int? HttpStatus = null);
