using System.Diagnostics;
using Bot.Benchmarks.Infrastructure;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static System.FormattableString;

namespace Bot.Benchmarks.Polling;

/// <summary>
/// Two poll cycles of the real bot (in this process, composed as <c>bot run</c> composes it, Quartz included) over
/// a loopback farm of feeds imported through OPML: the first reads every feed, the second finds half unchanged
/// (304 to the conditional GET) and half with five new items.
/// </summary>
internal sealed class PollingScenario : IScenario
{
    /// <summary>Issue 4's target for one cycle of 5,000 sources on 2 cores.</summary>
    private const double TargetSeconds = 60;

    public string Key => "polling";

    public string Title => "2. Polling";

    public async Task<ScenarioReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var (sources, items) = context.Quick ? (40, 10) : (5_000, 50);
        var postgres = await context.PostgresAsync();
        var connectionString = await postgres.CreateDatabaseAsync(Key);
        context.Progress($"polling: starting the feed server ({sources:N0} feeds of {items} items)");
        await using var farm = await FeedFarm.StartAsync(sources, items, cancellationToken);

        var settings = new Dictionary<string, string>
        {
            ["Bot:Http:AllowedNetworks:0"] = "127.0.0.0/8", // the SSRF guard refuses loopback otherwise
            // Every feed is on one loopback host:port, so per-host politeness is lifted: it is not what is measured.
            ["Bot:Http:PerHostConcurrency"] = "1000",
            ["Bot:Http:PerHostDelay"] = "00:00:00",
            // Long enough that no source falls due again by itself; the second cycle is made due on purpose.
            ["Bot:Polling:DefaultInterval"] = "01:00:00",
            ["Bot:Scheduling:SchedulerName"] = "bench-polling",
        };
        var sink = new RecordingAlertSink();
        await using var bot = InProcessBot.Create(settings, connectionString, sink);
        await bot.MigrateAsync(cancellationToken);
        var import = Stopwatch.StartNew();
        var imported = await bot.ImportAsync(InProcessBot.Opml(farm.Urls), cancellationToken);
        import.Stop();
        context.Progress($"polling: imported {imported:N0} sources through OPML in {import.Elapsed.TotalSeconds:F1} s");

        var meter = new CycleMeter(bot, farm, sink, await PostgresCpu.FindAsync(connectionString, cancellationToken), TimeSpan.FromSeconds(context.Quick ? 0.5 : 3));
        var baseline = CycleMeter.SettleAndMeasureWorkingSet();
        var first = await meter.MeasureAsync(imported, () => bot.StartAsync(cancellationToken), cancellationToken);
        context.Progress($"polling: first cycle {first.CycleSeconds:F1} s");

        await farm.ChangeHalfAsync(cancellationToken);
        await bot.MakeAllDueAsync(cancellationToken);
        var second = await meter.MeasureAsync(imported, () => bot.PollNowAsync(cancellationToken), cancellationToken);
        context.Progress($"polling: second cycle {second.CycleSeconds:F1} s");

        var figures = new PollingFigures(
            imported,
            items,
            bot.Services.GetRequiredService<IOptions<PollScheduleOptions>>().Value.MaxConcurrentPolls,
            "per-host limits lifted (Bot:Http:PerHostConcurrency 1000, PerHostDelay 0): every feed is on one loopback host:port",
            $"PostgreSQL {postgres.Version}, {postgres.Description}",
            import.Elapsed.TotalSeconds,
            Sizes.MiB(baseline),
            first,
            second,
            TargetSeconds,
            bot.Logs.Count(LogLevel.Warning),
            bot.Logs.Count(LogLevel.Error) + bot.Logs.Count(LogLevel.Critical));
        return new ScenarioReport(Lines(figures, bot.Logs.Problems), figures);
    }

    private static List<string> Lines(PollingFigures f, IEnumerable<string> problems)
    {
        List<string> lines =
        [
            Invariant($"{f.Sources:N0} feeds of {f.ItemsPerFeed} items on a loopback server (a separate process); the real host in this process: Quartz, {f.MaxConcurrentPolls} polls at once (Bot:Polling:MaxConcurrentPolls, default); {f.Politeness}. {f.Database}. Sources imported through OPML in {f.ImportSeconds:F1} s."),
            string.Empty,
            "| cycle | polls | 200 / 304 / failed | cycle (s) | from trigger (s) | bot CPU (s) | PostgreSQL CPU (s) | feed server CPU (s) | peak working set (MiB) | allocated (MiB) | feed MB read | alerts |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            Row("first: every feed new", f.First),
            Row("second: half 304, half 5 new items", f.Second),
            string.Empty,
            Invariant($"Cycle = first claim of a due source → last poll recorded; from trigger = host start (first) or, with every source made due as `bot sources resume` does, the poll job run (second). Bot working set before the first cycle: {f.BaselineWorkingSetMiB:F0} MiB."),
            Invariant($"Target (issue 4): one cycle of 5,000 sources under {f.TargetSeconds:F0} s on 2 cores — first cycle {Verdict(f.First.CycleSeconds, f)}, second cycle {Verdict(f.Second.CycleSeconds, f)}."),
        ];
        lines.AddRange(problems.Select(p => "Logged: " + p));
        return lines;
    }

    private static string Row(string name, CycleFigures c) => Invariant(
        $"| {name} | {c.Polls:N0} | {c.Ok:N0} / {c.NotModified:N0} / {c.Failed:N0} | {c.CycleSeconds:F1} | {c.FromTriggerSeconds:F1} | {c.BotCpuSeconds:F1} | {(c.PostgresCpuSeconds is { } pg ? pg.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "n/a")} | {c.FeedServerCpuSeconds:F1} | {c.PeakWorkingSetMiB:F0} | {c.AllocatedMiB:N0} | {c.FeedBytes / 1e6:N1} | {c.AlertsDelivered:N0} |");

    private static string Verdict(double seconds, PollingFigures f) =>
        f.Sources < 5_000 ? Invariant($"{seconds:F1} s at {f.Sources:N0} sources (quick run: not comparable)")
        : seconds <= f.TargetSeconds ? Invariant($"{seconds:F1} s, met")
        : Invariant($"{seconds:F1} s, missed");
}
