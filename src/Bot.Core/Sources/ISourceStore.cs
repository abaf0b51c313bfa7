namespace Bot.Core.Sources;

/// <summary>Where sources are kept. Implemented by storage.</summary>
public interface ISourceStore
{
    /// <summary>Adds the source or updates the one with the same name; returns its stored id.</summary>
    Task<long> SaveAsync(FeedSource source, CancellationToken cancellationToken);

    /// <summary>Finds a source by name, or returns <see langword="null"/>.</summary>
    Task<StoredSource?> FindAsync(string name, CancellationToken cancellationToken);
}
