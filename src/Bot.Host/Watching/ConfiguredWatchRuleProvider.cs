using Bot.Core.Rules;
using Microsoft.Extensions.Options;

namespace Bot.Host.Watching;

/// <summary>The rules from configuration, turned into <see cref="WatchRule"/>s.</summary>
internal sealed class ConfiguredWatchRuleProvider(IOptionsMonitor<WatchListOptions> options) : IWatchRuleProvider
{
    public IReadOnlyList<WatchRule> GetRules() =>
        options.CurrentValue.Rules
            .Select(rule => new WatchRule(rule.Name.Trim(), rule.Require.Select(SplitGroup).ToList()))
            .ToList();

    internal static IReadOnlyList<string> SplitGroup(string group) =>
        group.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
