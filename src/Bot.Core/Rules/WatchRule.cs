namespace Bot.Core.Rules;

/// <summary>A named watch rule in the rule language (see <see cref="RuleParser"/>).</summary>
/// <param name="Name">Unique rule name, shown in alerts.</param>
/// <param name="Query">The parsed rule.</param>
public sealed record WatchRule(string Name, RuleNode Query);
