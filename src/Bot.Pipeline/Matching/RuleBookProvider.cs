using Bot.Core.Watching;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline.Matching;

/// <summary>
/// Keeps the <see cref="RuleBook"/> current: read from the store at most every <see cref="RefreshInterval"/>, so a
/// rule changed on another replica applies within seconds, and at once after <see cref="Invalidate"/> (a change
/// made here). Unchanged guilds are not compiled again. One reload at a time; readers never wait for one once a
/// book exists, except after an invalidation.
/// </summary>
public sealed class RuleBookProvider(IWatchStore store, TimeProvider timeProvider, ILogger<RuleBookProvider> logger) : IDisposable
{
    /// <summary>How stale the rules may be before the next read reloads them.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Loaded? _current;

    /// <summary>The rules in force, reloaded when stale.</summary>
    public async ValueTask<RuleBook> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && timeProvider.GetUtcNow() - current.At < RefreshInterval)
        {
            return current.Book;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && timeProvider.GetUtcNow() - current.At < RefreshInterval)
            {
                return current.Book;
            }

            var at = timeProvider.GetUtcNow();
            var book = RuleBook.Build(await store.LoadAsync(cancellationToken), current?.Book);
            // Each broken rule is logged once, when it first fails to compile, not at every reload.
            var reported = current?.Book.Problems.Select(p => p.Rule).ToHashSet() ?? [];
            foreach (var problem in book.Problems.Where(p => !reported.Contains(p.Rule)))
            {
                Log.RuleSkipped(logger, problem.Rule.Name, problem.Rule.Guild.ToString(), problem.Message);
            }

            _current = new Loaded(book, at);
            return book;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>Makes the next read reload: call after changing rules, subscriptions or terms.</summary>
    public void Invalidate()
    {
        if (_current is { } current)
        {
            _current = current with { At = DateTimeOffset.MinValue };
        }
    }

    public void Dispose() => _reload.Dispose();

    private sealed record Loaded(RuleBook Book, DateTimeOffset At);
}
