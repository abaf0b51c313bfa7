using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bot.Benchmarks.Infrastructure;
using Bot.Benchmarks.Matching;
using Bot.Benchmarks.Polling;
using Bot.TestKit;
using static System.FormattableString;

namespace Bot.Benchmarks.Footprint;

/// <summary>
/// The real <c>bot</c> executable (run through the test kit's <see cref="BotProcess"/>) with sources imported by
/// <c>bot sources import</c> and rules from configuration: time from process start to ready (<c>/readyz</c> on the
/// health port), and its working set once idle.
/// </summary>
internal sealed class FootprintScenario : IScenario
{
    public string Key => "footprint";

    public string Title => "5. Footprint";

    public async Task<ScenarioReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var quick = context.Quick;
        var (sources, rules) = quick ? (20, 50) : (500, 1_000);
        var idle = TimeSpan.FromSeconds(quick ? 1 : 10); // settle, then sample as long again

        var connectionString = await (await context.PostgresAsync()).CreateDatabaseAsync(Key);
        await using var server = await FeedServer.StartAsync();
        var content = new FeedFarmContent(context.Corpus, 20);
        for (var i = 0; i < sources; i++)
        {
            server.Serve(FeedFarm.Path(i), Encoding.UTF8.GetString(content.Render(i, 0)));
        }

        var port = FreePort();
        var environment = Environment(connectionString, port, RuleGenerator.Configured(rules, context.Corpus));
        var opml = Path.Combine(Path.GetTempPath(), $"bench-sources-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(opml, InProcessBot.Opml(Enumerable.Range(0, sources).Select(i => server.Url(FeedFarm.Path(i)))), cancellationToken);
        try
        {
            await using (var import = BotProcess.Start(["sources", "import", opml], environment))
            {
                var code = await import.WaitForExitAsync(TimeSpan.FromMinutes(2));
                if (code != 0)
                {
                    throw new InvalidOperationException($"bot sources import exited with {code}:\n{string.Join('\n', import.Errors.Lines.TakeLast(20))}");
                }
            }
        }
        finally
        {
            File.Delete(opml);
        }

        context.Progress($"footprint: starting bot with {sources} sources and {rules:N0} rules");
        using var http = new HttpClient { BaseAddress = new Uri(Invariant($"http://127.0.0.1:{port}/")), Timeout = TimeSpan.FromSeconds(5) };
        double firstStart, firstCycle, idleWorkingSet, peakWorkingSet;
        await using (var bot = BotProcess.Start(["run"], environment))
        {
            firstStart = await ReadyAsync(bot, http, cancellationToken);
            var polled = Stopwatch.StartNew();
            while (Enumerable.Range(0, sources).Sum(i => Math.Min(1, server.Hits(FeedFarm.Path(i)))) < sources)
            {
                EnsureRunning(bot);
                await Task.Delay(100, cancellationToken);
            }

            firstCycle = polled.Elapsed.TotalSeconds;
            await Task.Delay(idle, cancellationToken);
            using var process = Process.GetProcessById(bot.Id);
            idleWorkingSet = await MedianWorkingSetAsync(process, idle, cancellationToken);
            process.Refresh();
            peakWorkingSet = Sizes.MiB(process.PeakWorkingSet64);
        }

        double restart;
        await using (var bot = BotProcess.Start(["run"], environment))
        {
            restart = await ReadyAsync(bot, http, cancellationToken);
        }

        var figures = new FootprintFigures(sources, rules, firstStart, restart, firstCycle, idleWorkingSet, peakWorkingSet);
        return new ScenarioReport(Lines(figures), figures);
    }

    private static Dictionary<string, string> Environment(string connectionString, int port, IReadOnlyList<(string Name, string? Preset, string? Query)> rules)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Bot__Health__Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Bot__Health__Address"] = "127.0.0.1",
            ["Bot__Http__AllowedNetworks__0"] = "127.0.0.0/8",
            // Every feed is on one loopback host; with the default politeness a cycle of them would take minutes.
            ["Bot__Http__PerHostConcurrency"] = "16",
            ["Bot__Http__PerHostDelay"] = "00:00:00",
            ["Bot__Scheduling__SchedulerName"] = "bench-footprint",
        };
        for (var i = 0; i < rules.Count; i++)
        {
            environment[Invariant($"Bot__Rules__{i}__Name")] = rules[i].Name;
            environment[Invariant($"Bot__Rules__{i}__{(rules[i].Preset is null ? "Query" : "Preset")}")] = rules[i].Preset ?? rules[i].Query!;
        }

        return environment;
    }

    // Seconds from process start until /readyz answers 200.
    private static async Task<double> ReadyAsync(BotProcess bot, HttpClient http, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            EnsureRunning(bot);
            try
            {
                using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed.TotalSeconds;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private static void EnsureRunning(BotProcess bot)
    {
        if (bot.HasExited)
        {
            throw new InvalidOperationException($"bot exited with {bot.ExitCode}:\n{string.Join('\n', bot.Errors.Lines.TakeLast(20))}");
        }
    }

    private static async Task<double> MedianWorkingSetAsync(Process process, TimeSpan duration, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        do
        {
            process.Refresh();
            samples.Add(Sizes.MiB(process.WorkingSet64));
            await Task.Delay(250, cancellationToken);
        }
        while (clock.Elapsed < duration);

        samples.Sort();
        return Sizes.Quantile(samples, 0.5);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static List<string> Lines(FootprintFigures f) =>
    [
        Invariant($"The `bot` executable (`dotnet bot.dll run`, Release) on its own database, {f.Sources} sources imported with `bot sources import` (one loopback host, politeness lifted) and {f.Rules:N0} rules from `Bot:Rules` (the four presets and generated ones, as in the matching scenario)."),
        string.Empty,
        "| sources | rules | start → ready, first run (s) | start → ready, restart (s) | ready → every source polled (s) | idle working set (MiB) | peak working set (MiB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        Invariant($"| {f.Sources} | {f.Rules:N0} | {f.FirstStartSeconds:F2} | {f.RestartSeconds:F2} | {f.FirstCycleSeconds:F1} | {f.IdleWorkingSetMiB:F0} | {f.PeakWorkingSetMiB:F0} |"),
        string.Empty,
        "Ready = /readyz answers 200 (database reachable, migrations applied, scheduler running). The first run also creates the Quartz tables; the restart finds them. Idle = after the first cycle, median over the sampling period.",
    ];
}
