using System.Diagnostics;
using Bot.Benchmarks.Infrastructure;
using Bot.Core.Sources;

namespace Bot.Benchmarks.Polling;

/// <summary>
/// Measures one poll cycle of an <see cref="InProcessBot"/> over a <see cref="FeedFarm"/>, from outside the poller.
/// After a cycle the alert outbox counts as drained once no alert has arrived for <c>drainQuiet</c> (delivery is
/// triggered as soon as a poll queues one).
/// </summary>
internal sealed class CycleMeter(InProcessBot bot, FeedFarm farm, RecordingAlertSink sink, PostgresCpu? postgres, TimeSpan drainQuiet)
{
    /// <summary>Collects garbage left by earlier work and returns this process's working set.</summary>
    public static long SettleAndMeasureWorkingSet()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    /// <summary>
    /// Runs <paramref name="trigger"/> (which makes <paramref name="sources"/> due), waits until each has been
    /// polled once, then until the alert outbox has drained, and reports the cycle.
    /// </summary>
    public async Task<CycleFigures> MeasureAsync(int sources, Func<Task> trigger, CancellationToken cancellationToken)
    {
        bot.Polls.Reset(sources);
        using var self = Process.GetCurrentProcess();
        var servedBefore = await farm.StatsAsync(cancellationToken);
        var farmCpu = farm.CpuTime();
        var postgresCpu = postgres?.Total();
        var alerts = sink.Count;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var cpu = self.TotalProcessorTime;
        TimeSpan wall;
        long peak;
        await using (var sampler = new WorkingSetSampler(Process.GetCurrentProcess()))
        {
            var clock = Stopwatch.StartNew();
            await trigger();
            await bot.Polls.WaitForCycleAsync(cancellationToken);
            wall = clock.Elapsed;
            peak = sampler.Peak;
        }

        self.Refresh();
        var cpuUsed = self.TotalProcessorTime - cpu;
        var postgresUsed = postgres?.Total() - postgresCpu;
        var farmUsed = farm.CpuTime() - farmCpu;
        var allocatedUsed = GC.GetTotalAllocatedBytes(precise: false) - allocated;
        var servedAfter = await farm.StatsAsync(cancellationToken);
        var results = bot.Polls.Results;
        var ok = results.GetValueOrDefault(PollResultKind.Ok);
        var notModified = results.GetValueOrDefault(PollResultKind.NotModified);
        await DrainAsync(cancellationToken);
        return new CycleFigures(
            bot.Polls.Recorded,
            ok,
            notModified,
            bot.Polls.Recorded - ok - notModified,
            bot.Polls.CycleTime.TotalSeconds,
            wall.TotalSeconds,
            cpuUsed.TotalSeconds,
            postgresUsed?.TotalSeconds,
            farmUsed.TotalSeconds,
            Sizes.MiB(peak),
            Sizes.MiB(allocatedUsed),
            servedAfter.Bytes - servedBefore.Bytes,
            sink.Count - alerts);
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var last = -1;
        var quiet = Stopwatch.StartNew();
        while (quiet.Elapsed < drainQuiet)
        {
            await Task.Delay(250, cancellationToken);
            if (sink.Count != last)
            {
                last = sink.Count;
                quiet.Restart();
            }
        }
    }
}
