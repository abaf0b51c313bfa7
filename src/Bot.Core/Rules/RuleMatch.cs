namespace Bot.Core.Rules;

/// <summary>A rule that matched an article, with the sentences that made it match.</summary>
public sealed record RuleMatch(string RuleName, IReadOnlyList<string> Evidence);
