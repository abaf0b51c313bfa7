using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.Core.Sources;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// Wraps the bot's <see cref="ISourceScheduleStore"/> to see poll cycles from outside the poller: when the first
/// source of a cycle is claimed, when each poll is recorded and how it ended.
/// </summary>
internal sealed class PollProbe
{
    private readonly ConcurrentDictionary<PollResultKind, int> _results = new();
    private long _firstClaim;
    private long _lastRecord;
    private int _recorded;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _target = int.MaxValue;

    /// <summary>Polls recorded since the last <see cref="Reset"/>, by how they ended.</summary>
    public IReadOnlyDictionary<PollResultKind, int> Results => _results;

    public int Recorded => Volatile.Read(ref _recorded);

    /// <summary>From the first claim that found sources due to the last poll recorded, since the last <see cref="Reset"/>.</summary>
    public TimeSpan CycleTime => Stopwatch.GetElapsedTime(Interlocked.Read(ref _firstClaim), Interlocked.Read(ref _lastRecord));

    /// <summary>Starts a new cycle; it is complete when <paramref name="polls"/> polls have been recorded.</summary>
    public void Reset(int polls)
    {
        _results.Clear();
        Interlocked.Exchange(ref _firstClaim, 0);
        Volatile.Write(ref _recorded, 0);
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _target, polls);
    }

    public async Task WaitForCycleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _reached.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException($"Gave up waiting for a poll cycle: {Recorded} of {Volatile.Read(ref _target)} polls recorded ({string.Join(", ", _results.Select(p => $"{p.Key} {p.Value}"))}).", ex);
        }
    }

    public ISourceScheduleStore Wrap(ISourceScheduleStore inner) => new ProbedStore(inner, this);

    private void Claimed(int count)
    {
        if (count > 0)
        {
            Interlocked.CompareExchange(ref _firstClaim, Stopwatch.GetTimestamp(), 0);
        }
    }

    private void RecordedPoll(PollRecord record)
    {
        _results.AddOrUpdate(record.Result, 1, (_, n) => n + 1);
        Interlocked.Exchange(ref _lastRecord, Stopwatch.GetTimestamp());
        if (Interlocked.Increment(ref _recorded) >= Volatile.Read(ref _target))
        {
            _reached.TrySetResult();
        }
    }

    private sealed class ProbedStore(ISourceScheduleStore inner, PollProbe probe) : ISourceScheduleStore
    {
        public async Task<IReadOnlyList<DueSource>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken)
        {
            var due = await inner.ClaimDueAsync(now, limit, lease, cancellationToken);
            probe.Claimed(due.Count);
            return due;
        }

        public async Task RecordPollAsync(long sourceId, PollRecord record, CancellationToken cancellationToken)
        {
            await inner.RecordPollAsync(sourceId, record, cancellationToken);
            probe.RecordedPoll(record);
        }

        public Task<bool> ResumeAsync(string name, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.ResumeAsync(name, now, cancellationToken);
    }
}
