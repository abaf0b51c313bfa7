namespace Bot.Core.Watching;

/// <summary>A guild's paused rule and why (a moderator's pause, or delivery's when Discord refused its channel).</summary>
public sealed record PausedRule(string Name, string? Reason);
