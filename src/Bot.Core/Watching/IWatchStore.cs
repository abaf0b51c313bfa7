namespace Bot.Core.Watching;

/// <summary>What matching reads from storage, and the changes the pipeline itself makes to rules.</summary>
public interface IWatchStore
{
    /// <summary>Reads the active rules, the guilds' own sources with their subscribers, and the guilds' terms.</summary>
    Task<WatchSnapshot> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the operator's configured rules the stored ones: adds or updates each of <paramref name="rules"/>
    /// (origin configuration, guild 0), resuming any that delivery paused, and removes configured rules no longer
    /// listed. Rules added by command stay.
    /// </summary>
    Task SyncConfiguredRulesAsync(IReadOnlyList<ConfiguredRule> rules, CancellationToken cancellationToken);

    /// <summary>
    /// Pauses the active rules of a guild that send to <paramref name="channelId"/>; returns their names. When any
    /// was paused, a guild notice saying so is queued in the same transaction, for another channel of the guild.
    /// </summary>
    Task<IReadOnlyList<string>> PauseRulesForChannelAsync(GuildId guild, ulong? channelId, string reason, CancellationToken cancellationToken);
}
