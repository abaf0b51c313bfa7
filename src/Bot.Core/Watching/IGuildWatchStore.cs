using Bot.Core.Alerts;
using Bot.Core.Articles;

namespace Bot.Core.Watching;

/// <summary>
/// What commands read and change, always inside one guild: every query filters by the guild given, so no command
/// sees or touches another guild's rules or terms. Every change is written to the audit log in the transaction that
/// makes it (who, what, before, after). Names are matched regardless of case.
/// </summary>
public interface IGuildWatchStore
{
    /// <summary>The guild's rules, active and paused, by name.</summary>
    Task<IReadOnlyList<StoredRule>> ListRulesAsync(GuildId guild, CancellationToken cancellationToken);

    /// <summary>The guild's rule called <paramref name="name"/>, or null.</summary>
    Task<StoredRule?> FindRuleAsync(GuildId guild, string name, CancellationToken cancellationToken);

    /// <summary>Names of the guild's rules containing <paramref name="typed"/> (those starting with it first), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> SuggestRuleNamesAsync(GuildId guild, string typed, int limit, CancellationToken cancellationToken);

    /// <summary>Adds a command rule; null when the guild already has a rule of that name.</summary>
    Task<StoredRule?> AddRuleAsync(GuildId guild, AuditActor actor, RuleDraft draft, CancellationToken cancellationToken);

    /// <summary>Changes the rule called <paramref name="name"/>; null when there is none.</summary>
    Task<StoredRule?> EditRuleAsync(GuildId guild, AuditActor actor, string name, RuleEdit edit, CancellationToken cancellationToken);

    /// <summary>Removes the rule called <paramref name="name"/> and returns it; null when there is none.</summary>
    Task<StoredRule?> RemoveRuleAsync(GuildId guild, AuditActor actor, string name, CancellationToken cancellationToken);

    /// <summary>Pauses (with <paramref name="reason"/>) or resumes (null) the rule; null when there is none.</summary>
    Task<StoredRule?> SetRulePausedAsync(GuildId guild, AuditActor actor, string name, string? reason, CancellationToken cancellationToken);

    /// <summary>The terms the guild added, to every concept.</summary>
    Task<IReadOnlyList<GuildTerm>> ListTermsAsync(GuildId guild, CancellationToken cancellationToken);

    /// <summary>Adds a term to a concept for the guild; false when the guild already has it.</summary>
    Task<bool> AddTermAsync(GuildId guild, AuditActor actor, GuildTerm term, CancellationToken cancellationToken);

    /// <summary>
    /// Articles stored since <paramref name="since"/> from the sources the guild sees (the operator's, and its own
    /// subscriptions), newest first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> RecentArticlesAsync(GuildId guild, DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>The guild's newest alerts, those of rule <paramref name="rule"/> only when given, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RecentAlert>> RecentAlertsAsync(GuildId guild, string? rule, int limit, CancellationToken cancellationToken);
}
