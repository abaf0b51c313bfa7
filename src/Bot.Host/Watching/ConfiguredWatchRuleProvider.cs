using Bot.Core.Lexicon;
using Bot.Core.Rules;
using Microsoft.Extensions.Options;

namespace Bot.Host.Watching;

/// <summary>The rules from configuration, parsed into <see cref="WatchRule"/>s (validated at start-up).</summary>
internal sealed class ConfiguredWatchRuleProvider(IOptionsMonitor<WatchListOptions> options) : IWatchRuleProvider
{
    public IReadOnlyList<WatchRule> GetRules() =>
        [.. options.CurrentValue.Rules.Select(rule => new WatchRule(rule.EffectiveName, Parse(rule)))];

    /// <summary>Parses a configured rule; throws <see cref="RuleSyntaxException"/> or <see cref="ArgumentException"/>.</summary>
    internal static RuleNode Parse(RuleOptions rule)
    {
        if (!string.IsNullOrWhiteSpace(rule.Preset))
        {
            return Presets.Rule(rule.Preset.Trim())?.Query
                ?? throw new ArgumentException($"there is no preset '{rule.Preset}'; use one of {string.Join(", ", Presets.Names)}", nameof(rule));
        }

        return RuleParser.Parse(rule.Query ?? string.Empty, ConceptLexicon.Default);
    }
}
