namespace Bot.Core.Sources;

/// <summary>The polling schedule and health of sources, kept with them. Implemented by storage.</summary>
public interface ISourceScheduleStore
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> enabled, unpaused sources due at <paramref name="now"/>, earliest first,
    /// that no one else holds; each is held for <paramref name="lease"/> or until its poll is recorded, so no two
    /// workers (or replicas) poll one source at once.
    /// </summary>
    Task<IReadOnlyList<DueSource>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a poll's result and next due time and releases the claim; a pause also queues, in the same transaction,
    /// the operator's notice and one guild notice per alert channel of each guild that uses the source.
    /// </summary>
    Task RecordPollAsync(long sourceId, PollRecord record, CancellationToken cancellationToken);

    /// <summary>Un-pauses a source and makes it due at <paramref name="now"/>; <see langword="false"/> if no source has that name.</summary>
    Task<bool> ResumeAsync(string name, DateTimeOffset now, CancellationToken cancellationToken);
}
