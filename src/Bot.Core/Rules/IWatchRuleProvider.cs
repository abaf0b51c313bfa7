namespace Bot.Core.Rules;

/// <summary>Supplies the rules currently in force.</summary>
public interface IWatchRuleProvider
{
    /// <summary>The rules to match new articles against.</summary>
    IReadOnlyList<WatchRule> GetRules();
}
