namespace Bot.Core.Sources;

/// <summary>Where sources are kept. Implemented by storage.</summary>
public interface ISourceStore
{
    /// <summary>Adds the source or updates the one with the same name (as configured); returns its stored id.</summary>
    Task<long> SaveAsync(FeedSource source, CancellationToken cancellationToken);

    /// <summary>Adds or updates the source, recording where it came from and enabling it again if retired.</summary>
    Task<long> SaveAsync(FeedSource source, SourceOrigin origin, CancellationToken cancellationToken);

    /// <summary>Finds a source by name, or returns <see langword="null"/>.</summary>
    Task<StoredSource?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every source with its origin and health, by name.</summary>
    Task<IReadOnlyList<SourceListing>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Disables configured and starter sources whose names are not in <paramref name="keep"/>; returns their names.</summary>
    Task<IReadOnlyList<string>> RetireAsync(IReadOnlyCollection<string> keep, CancellationToken cancellationToken);
}
