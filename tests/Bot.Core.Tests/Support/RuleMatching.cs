using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Support;

/// <summary>One rule, compiled on its own and matched against a text.</summary>
internal static class RuleMatching
{
    public static IReadOnlyList<RuleMatch> Match(string rule, string text) => CompiledRuleSet.Compile([Rule("r", rule)]).Match(text);

    public static WatchRule Rule(string name, string query) => new(name, RuleParser.Parse(query));
}
