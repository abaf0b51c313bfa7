namespace Bot.Core.Watching;

/// <summary>
/// Reads what <c>/status</c> shows for one guild: the sources it sees (the operator's shared ones and its own
/// subscriptions) and their health, its delivery backlog and its paused rules. Read-only; never another guild's data.
/// </summary>
public interface IGuildStatusStore
{
    /// <summary>
    /// The status of <paramref name="guild"/>, with at most <paramref name="shown"/> failing sources and paused rules
    /// listed (the totals count all), and the alerts that failed since <paramref name="failedSince"/>.
    /// </summary>
    Task<GuildStatus> ReadAsync(GuildId guild, DateTimeOffset failedSince, int shown, CancellationToken cancellationToken);
}
