using Bot.Core.Rules;
using Bot.Core.Watching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Watching;

/// <summary>
/// At start-up, saves the configured rules (<c>Bot:Rules</c>, or the default watch list) as the operator's rules in
/// the database, where matching reads them beside the rules guilds add by command. Configured rules no longer listed
/// are removed. Runs after the migrations and before the scheduler.
/// </summary>
internal sealed class ConfiguredRuleSynchronizer(IWatchStore store, IOptions<WatchListOptions> watchList, ILogger<ConfiguredRuleSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var rules = watchList.Value.Rules.Select(ToConfiguredRule).ToList();
        await store.SyncConfiguredRulesAsync(rules, cancellationToken);
        foreach (var rule in rules)
        {
            Log.RuleConfigured(logger, rule.Name, rule.ChannelId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "console");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The options validator has checked the preset names and the queries.
    internal static ConfiguredRule ToConfiguredRule(RuleOptions rule)
    {
        var query = string.IsNullOrWhiteSpace(rule.Preset) ? rule.Query!.Trim() : Presets.Query(rule.Preset.Trim())!;
        return new ConfiguredRule(rule.EffectiveName, query, rule.Channel, rule.MentionRole);
    }
}
