using Bot.Core.Lexicon;
using Bot.Core.Rules;

namespace Bot.Core.Matching;

/// <summary>
/// Keeps the compiled form of the rules in force and compiles again only when they change, so a poll costs one
/// comparison of rule trees, not a compilation. Safe to share: a stale read only compiles once more.
/// </summary>
public sealed class RuleSetCache(ConceptLexicon? lexicon = null)
{
    private CompiledRuleSet? _current;

    public CompiledRuleSet For(IReadOnlyList<WatchRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Rules.SequenceEqual(rules))
        {
            return current;
        }

        var compiled = CompiledRuleSet.Compile(rules, lexicon);
        Volatile.Write(ref _current, compiled);
        return compiled;
    }
}
