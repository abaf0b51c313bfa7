namespace Bot.Core.Watching;

/// <summary>
/// Everything matching needs, read at once: the active rules of every guild, which sources are a guild's own
/// (added by command, so only their subscribers see them) and the terms guilds added to concepts.
/// </summary>
/// <param name="Rules">Active (unpaused) rules of every guild.</param>
/// <param name="OwnSources">For each source added by command: the guilds subscribed to it. Any other source (configured,
/// starter, imported) is the operator's and shared with every guild.</param>
/// <param name="Terms">Concept terms added by guilds.</param>
public sealed record WatchSnapshot(
    IReadOnlyList<StoredRule> Rules,
    IReadOnlyDictionary<long, IReadOnlyList<GuildId>> OwnSources,
    IReadOnlyList<GuildTerm> Terms)
{
    public static WatchSnapshot Empty { get; } = new([], new Dictionary<long, IReadOnlyList<GuildId>>(), []);
}
