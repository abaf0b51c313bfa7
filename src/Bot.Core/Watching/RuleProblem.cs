namespace Bot.Core.Watching;

/// <summary>A stored rule that cannot be compiled any more, and why.</summary>
public sealed record RuleProblem(StoredRule Rule, string Message);
