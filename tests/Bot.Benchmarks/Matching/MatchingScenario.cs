using System.Diagnostics;
using System.Text;
using Bot.Core.Matching;
using Bot.Core.Text;
using static System.FormattableString;

namespace Bot.Benchmarks.Matching;

/// <summary>
/// Matcher throughput on one thread (so the figures are per core) at 10, 1,000 and 10,000 rules, against the naive
/// way of one Regex per rule. <c>--quick</c> shortens every measurement.
/// </summary>
internal sealed class MatchingScenario : IScenario
{
    private static readonly int[] RuleCounts = [10, 1_000, 10_000];
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(2);

    public string Key => "matching";

    public string Title => "1. Matching";

    public Task<ScenarioReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var quick = context.Quick;
        var budget = TimeSpan.FromSeconds(quick ? 0.5 : 5);
        var articles = context.Corpus;
        var normalized = articles.Select(Normalizer.Normalize).ToList();
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

        var results = new List<MatchingResult>();
        foreach (var count in RuleCounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Progress($"matching: {count:N0} rules");
            var rules = RuleGenerator.Generate(count, articles);
            var compile = Stopwatch.StartNew();
            var compiled = CompiledRuleSet.Compile(rules);
            var compileSeconds = compile.Elapsed.TotalSeconds;
            results.Add(Measure("compiled", count, compileSeconds, articles, bytes, budget, text => compiled.Match(text).Count));

            // The regex baseline costs time in proportion to the rules; a quick run measures it on 100 of them
            // and scales the time, which is exact for a loop over independent regexes.
            var sample = quick ? Math.Min(count, 100) : count;
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

        var figures = new MatchingFigures(articles.Count, bytes, 1, results);
        return Task.FromResult(new ScenarioReport(Lines(figures), figures));
    }

    private static MatchingResult Measure(string matcher, int rules, double compileSeconds, IReadOnlyList<string> texts, long bytes, TimeSpan budget, Func<string, int> match)
    {
        var matches = texts.Sum(match); // the count of matches for the record

        // Steady state, measured as the bot runs (the runtime's defaults: tiered compilation with dynamic PGO): a
        // fifth of the budget first, and at least two seconds, so the hot methods are recompiled with their profile
        // (in the background, which the process's CPU time would count) before the measurement starts.
        var warmUpTime = budget / 5 > MinimumWarmUp ? budget / 5 : MinimumWarmUp;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < warmUpTime)
        {
            foreach (var text in texts)
            {
                match(text);
            }
        }

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
        return new MatchingResult(matcher, rules, compileSeconds, passes * bytes / seconds / 1_000_000, passes * texts.Count / seconds, matches, passes * bytes / wall / 1_000_000);
    }

    private static List<string> Lines(MatchingFigures figures)
    {
        var results = figures.Results;
        List<string> lines =
        [
            Invariant($"{figures.Articles} articles, {figures.Bytes / 1024.0:F0} KiB of text, one thread."),
            string.Empty,
            "| rules | matcher | compile (s) | MB/s per core | articles/s per core | MB/s wall clock | matches per pass | speed-up vs regex |",
            "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ];
        foreach (var result in results)
        {
            var naive = results.Single(r => r.Rules == result.Rules && r.Matcher.StartsWith("regex", StringComparison.Ordinal));
            lines.Add(Invariant(
                $"| {result.Rules:N0} | {result.Matcher} | {result.CompileSeconds:F2} | {result.MegabytesPerSecond:F1} | {result.ArticlesPerSecond:N0} | {result.WallClockMegabytesPerSecond:F1} | {result.Matches} | {result.MegabytesPerSecond / naive.MegabytesPerSecond:F1}x |"));
        }

        var small = results.Single(r => r.Matcher == "compiled" && r.Rules == RuleCounts[0]);
        var large = results.Single(r => r.Matcher == "compiled" && r.Rules == RuleCounts[^1]);
        lines.Add(string.Empty);
        lines.Add(Invariant($"Compiled matcher: time per article at {RuleCounts[^1]:N0} rules is {small.ArticlesPerSecond / large.ArticlesPerSecond:F2}x the time at {RuleCounts[0]} rules."));
        return lines;
    }
}
