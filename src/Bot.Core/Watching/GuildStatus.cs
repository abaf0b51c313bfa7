namespace Bot.Core.Watching;

/// <summary>The health of what one guild relies on, as stored.</summary>
/// <param name="SourceCount">Enabled sources the guild sees: the operator's shared ones and its own subscriptions.</param>
/// <param name="LastPollAt">The latest successful poll among them; null when none succeeded yet.</param>
/// <param name="FailingSources">Sources failing in a row or paused, paused first, then the longest streaks; at most the number asked.</param>
/// <param name="FailingCount">How many of its sources fail or are paused in all.</param>
/// <param name="PendingAlerts">The guild's alerts neither delivered nor given up on.</param>
/// <param name="OldestPendingAt">When the oldest of those was created.</param>
/// <param name="FailedAlerts">The guild's alerts given up on since the time asked.</param>
/// <param name="PausedRules">Its paused rules by name, with why; at most the number asked.</param>
/// <param name="PausedRuleCount">How many of its rules are paused in all.</param>
public sealed record GuildStatus(
    int SourceCount,
    DateTimeOffset? LastPollAt,
    IReadOnlyList<FailingSource> FailingSources,
    int FailingCount,
    int PendingAlerts,
    DateTimeOffset? OldestPendingAt,
    int FailedAlerts,
    IReadOnlyList<PausedRule> PausedRules,
    int PausedRuleCount)
{
    /// <summary>
    /// Notices about pauses (a source, a refused channel) that could not be posted in any of the guild's channels
    /// since the time asked: <c>/status</c> is then the only place moderators learn of them.
    /// </summary>
    public int UnpostedNotices { get; init; }
}
