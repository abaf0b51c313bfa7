using Bot.Core.Watching;

namespace Bot.Core.Sources;

/// <summary>
/// The sources a guild added by command (<c>/source …</c>), always inside one guild; every change is audited in its
/// transaction. A feed added by several guilds is polled once and seen by each of them.
/// </summary>
public interface IGuildSourceStore
{
    Task<IReadOnlyList<GuildSource>> ListAsync(GuildId guild, CancellationToken cancellationToken);

    Task<GuildSource?> FindAsync(GuildId guild, string name, CancellationToken cancellationToken);

    /// <summary>Names of the guild's sources containing <paramref name="typed"/>, those starting with it first.</summary>
    Task<IReadOnlyList<string>> SuggestNamesAsync(GuildId guild, string typed, int limit, CancellationToken cancellationToken);

    /// <summary>True when the operator's sources (configured, starter, imported) already poll <paramref name="url"/>: every guild sees it.</summary>
    Task<bool> IsSharedAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>
    /// Subscribes the guild to the feed under <paramref name="name"/>, adding the source (origin command, due at
    /// once) unless another guild's command already did. Null when the guild has a source of that name or that URL.
    /// <paramref name="settings"/> apply to the feed (see <see cref="SourceSettings"/>).
    /// </summary>
    Task<GuildSource?> SubscribeAsync(GuildId guild, AuditActor actor, string name, Uri url, TimeSpan interval, CancellationToken cancellationToken, SourceSettings? settings = null);

    /// <summary>Ends the subscription; a source nobody subscribes to any more is retired. Null when there is none.</summary>
    Task<GuildSource?> UnsubscribeAsync(GuildId guild, AuditActor actor, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Pauses or resumes the subscription; null when there is none. Resuming also lifts the pause of a feed that
    /// failed too long (the guild was told so, with this command), so its polls start again at once.
    /// </summary>
    Task<GuildSource?> SetPausedAsync(GuildId guild, AuditActor actor, string name, bool paused, CancellationToken cancellationToken);
}
