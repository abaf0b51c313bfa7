using Bot.Core.Sources;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>The bot's notice sink, replaced: notices (a source paused) are counted, not printed.</summary>
internal sealed class DiscardingNoticeSink : ISourceNoticeSink
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task DeliverAsync(SourceNotice notice, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}
