using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Bot.Core.Matching;
using Bot.Core.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Runs the scenarios on one thread (so the figures are per core), prints a table and optionally writes the same
/// figures as JSON. <c>--quick</c> shortens every measurement so the whole run stays under a minute.
/// </summary>
internal static class BenchmarkRunner
{
    private static readonly int[] RuleCounts = [10, 1_000, 10_000];

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var quick = args.Contains("--quick");
        var jsonIndex = Array.IndexOf(args, "--json");
        var jsonPath = jsonIndex >= 0 && jsonIndex + 1 < args.Length ? args[jsonIndex + 1] : null;
        if (jsonIndex >= 0 && jsonPath is null)
        {
            errors.WriteLine("--json needs a file name, e.g. --json out.json");
            return 64;
        }

        var budget = TimeSpan.FromSeconds(quick ? 1 : 5);
        var articles = BenchmarkCorpus.Load();
        var normalized = articles.Select(Normalizer.Normalize).ToList();
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
        output.WriteLine($"{articles.Count} articles, {bytes / 1024.0:F0} KiB of text; {(quick ? "quick" : "full")} run, one thread.");

        var results = new List<BenchmarkResult>();
        foreach (var count in RuleCounts)
        {
            var rules = RuleGenerator.Generate(count, articles);
            var compile = Stopwatch.StartNew();
            var compiled = CompiledRuleSet.Compile(rules);
            var compileSeconds = compile.Elapsed.TotalSeconds;
            results.Add(Measure("compiled", count, compileSeconds, articles, bytes, budget, text => compiled.Match(text).Count));

            // The regex baseline costs time in proportion to the rules; a quick run measures it on 1,000 of them
            // and scales the time, which is exact for a loop over independent regexes.
            var sample = quick ? Math.Min(count, 1_000) : count;
            compile.Restart();
            var naive = new NaiveMatcher(rules.Take(sample).ToList());
            compileSeconds = compile.Elapsed.TotalSeconds * count / sample;
            var measured = Measure("regex-per-rule", count, compileSeconds, normalized, bytes, budget, naive.Match);
            results.Add(measured with
            {
                Matcher = sample == count ? measured.Matcher : $"regex-per-rule (scaled from {sample:N0})",
                MegabytesPerSecond = measured.MegabytesPerSecond * sample / count,
                ArticlesPerSecond = measured.ArticlesPerSecond * sample / count,
                WallClockMegabytesPerSecond = measured.WallClockMegabytesPerSecond * sample / count,
            });
        }

        Print(results, output);
        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, Json(results, articles.Count, bytes, quick));
            output.WriteLine($"Wrote {jsonPath}.");
        }

        return 0;
    }

    private static BenchmarkResult Measure(string matcher, int rules, double compileSeconds, IReadOnlyList<string> texts, long bytes, TimeSpan budget, Func<string, int> match)
    {
        var matches = texts.Sum(match); // warm-up, and the count of matches for the record
        var passes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var text in texts)
            {
                match(text);
            }

            passes++;
        }
        while (clock.Elapsed < budget);

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        // CPU time, not wall time, is the divisor: on a shared machine the wall clock also counts other processes.
        var seconds = Math.Max((process.TotalProcessorTime - cpuBefore).TotalSeconds, 1e-9);
        return new BenchmarkResult(matcher, rules, compileSeconds, passes * bytes / seconds / 1_000_000, passes * texts.Count / seconds, matches, passes * bytes / wall / 1_000_000);
    }

    private static void Print(List<BenchmarkResult> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| rules | matcher | compile (s) | MB/s per core | articles/s per core | MB/s wall clock | matches per pass | speed-up vs regex |");
        output.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var naive = results.Single(r => r.Rules == result.Rules && r.Matcher.StartsWith("regex", StringComparison.Ordinal));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Rules:N0} | {result.Matcher} | {result.CompileSeconds:F2} | {result.MegabytesPerSecond:F1} | {result.ArticlesPerSecond:N0} | {result.WallClockMegabytesPerSecond:F1} | {result.Matches} | {result.MegabytesPerSecond / naive.MegabytesPerSecond:F1}x |"));
        }

        var small = results.Single(r => r.Matcher == "compiled" && r.Rules == RuleCounts[0]);
        var large = results.Single(r => r.Matcher == "compiled" && r.Rules == RuleCounts[^1]);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Compiled matcher: time per article at {RuleCounts[^1]:N0} rules is {small.ArticlesPerSecond / large.ArticlesPerSecond:F2}x the time at {RuleCounts[0]} rules."));
    }

    private static string Json(List<BenchmarkResult> results, int articles, long bytes, bool quick) =>
        JsonSerializer.Serialize(
            new
            {
                machine = new { processors = Environment.ProcessorCount, os = RuntimeInformation.OSDescription, runtime = RuntimeInformation.FrameworkDescription },
                corpus = new { articles, bytes },
                mode = quick ? "quick" : "full",
                threads = 1,
                results,
            },
            JsonOptions);
}
