using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Bot.Benchmarks.Delivery;
using Bot.Benchmarks.Footprint;
using Bot.Benchmarks.Freshness;
using Bot.Benchmarks.Matching;
using Bot.Benchmarks.Polling;
using static System.FormattableString;

namespace Bot.Benchmarks;

/// <summary>
/// Runs the scenarios one after another, prints a report in Markdown and optionally writes the same figures as JSON.
/// A scenario that throws is reported and the others still run; the exit code is then 1. <c>--quick</c> runs every
/// scenario at a tiny size, to show that each still runs.
/// </summary>
internal static class BenchmarkRunner
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // In the order of the report. They run in another order (below).
    private static readonly IScenario[] Scenarios =
    [
        new MatchingScenario(),
        new PollingScenario(),
        new DeliveryScenario(),
        new FreshnessScenario(),
        new FootprintScenario(),
    ];

    // Polling first: its peak working set is sampled in this process, before matching's 10,000 regexes grow the heap.
    private static readonly string[] RunOrder = ["polling", "freshness", "delivery", "footprint", "matching"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = BenchmarkOptions.Parse(args, [.. Scenarios.Select(s => s.Key)], errors);
        if (options is null)
        {
            return 64;
        }

        var total = Stopwatch.StartNew();
        var loadBefore = LoadAverage();
        var reports = new Dictionary<string, ScenarioReport>(StringComparer.Ordinal);
        var failures = new List<(string Scenario, string Error)>();
        await using (var context = new BenchmarkContext(options.Quick, errors))
        {
            foreach (var scenario in RunOrder.Select(key => Scenarios.Single(s => s.Key == key)).Where(s => options.Only?.Contains(s.Key) != false))
            {
                context.Progress($"{scenario.Title}…");
                using var timeout = new CancellationTokenSource(options.Quick ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(20));
                try
                {
                    reports[scenario.Key] = await scenario.RunAsync(context, timeout.Token);
                }
                catch (Exception ex)
                {
                    // Any failure of a scenario is a result to report; the run goes on with the next one.
                    failures.Add((scenario.Key, $"{ex.GetType().Name}: {ex.Message}"));
                    await errors.WriteLineAsync($"{scenario.Title} failed: {ex}");
                }
            }
        }

        var machine = Machine(loadBefore);
        await output.WriteLineAsync(Invariant($"# Benchmark ({(options.Quick ? "quick" : "full")} run, {total.Elapsed.TotalSeconds:F0} s)"));
        await output.WriteLineAsync();
        await output.WriteLineAsync(Invariant($"Machine: {machine.Processors} cores, {machine.MemoryGiB:F0} GiB, {machine.Os}, {machine.Runtime}; load average {machine.LoadAverageBefore} before, {machine.LoadAverageAfter} after."));
        foreach (var scenario in Scenarios.Where(s => reports.ContainsKey(s.Key)))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("## " + scenario.Title);
            await output.WriteLineAsync();
            foreach (var line in reports[scenario.Key].Lines)
            {
                await output.WriteLineAsync(line);
            }
        }

        foreach (var (scenario, error) in failures)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"FAILED {scenario}: {error}");
        }

        if (options.JsonPath is not null)
        {
            var document = new
            {
                machine,
                mode = options.Quick ? "quick" : "full",
                seconds = total.Elapsed.TotalSeconds,
                scenarios = Scenarios.Where(s => reports.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => reports[s.Key].Figures),
                failures = failures.Select(f => new { scenario = f.Scenario, error = f.Error }),
            };
            await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(document, JsonOptions));
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Wrote {options.JsonPath}.");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static MachineFigures Machine(string loadBefore) => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        loadBefore,
        LoadAverage());

    // The 1, 5 and 15 minute load averages: on a shared machine they say how much the figures were disturbed.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
