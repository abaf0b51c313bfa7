namespace Bot.Feeds.Fetching;

/// <summary>
/// Books request starts per host, each at least a spacing after the one before. The default books within this
/// process; a deployment of several replicas composes one they share, so a host sees the spacing from all of them.
/// </summary>
public interface IHostTurnBook
{
    /// <summary>Books <paramref name="host"/>'s next start, <paramref name="spacing"/> after the last one booked, and returns how long to wait for it.</summary>
    ValueTask<TimeSpan> BookAsync(string host, TimeSpan spacing, CancellationToken cancellationToken);
}
