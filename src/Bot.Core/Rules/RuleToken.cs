namespace Bot.Core.Rules;

/// <summary>A lexical token of the rule language; <see cref="Position"/> is 0-based.</summary>
internal readonly record struct RuleToken(RuleTokenKind Kind, string Text, int Position, int Distance = 0);
