using System.Diagnostics;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// Samples a process's working set every 100 ms while it runs: the peak of a stretch of work, which the process's
/// own lifetime peak cannot give once earlier work has raised it. It owns the <see cref="Process"/> it is given
/// (one not used elsewhere, as it is refreshed from another thread).
/// </summary>
internal sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public WorkingSetSampler(Process process)
    {
        _process = process;
        _peak = Sample();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The largest working set seen so far, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _process.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var sample = Sample();
                if (sample > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, sample);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    private long Sample()
    {
        try
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // the process has exited
        }
    }
}
