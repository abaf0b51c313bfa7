using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Infrastructure;
using Bot.TestKit;
using static System.FormattableString;

namespace Bot.Benchmarks.Freshness;

/// <summary>
/// Items published on loopback feeds at random moments over a window, while the real host (in this process, Quartz
/// and Discord delivery included) polls every source once a minute and posts each alert to the fake Discord: how long
/// from an item's publication to its message at the fake. <c>--quick</c> scales time down (2-second interval,
/// 1-second due checks).
/// </summary>
internal sealed class FreshnessScenario : IScenario
{
    public string Key => "freshness";

    public string Title => "4. Freshness";

    public async Task<ScenarioReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var quick = context.Quick;
        var (sources, items) = quick ? (4, 12) : (20, 120);
        var window = TimeSpan.FromSeconds(quick ? 4 : 120);
        var interval = TimeSpan.FromSeconds(quick ? 2 : 60);
        var dueCheck = TimeSpan.FromSeconds(quick ? 1 : 5); // the default in a full run

        var connectionString = await (await context.PostgresAsync()).CreateDatabaseAsync(Key);
        await using var server = await FeedServer.StartAsync();
        await using var discord = await FreshnessChannels.StartAsync(sources);
        var feeds = new FreshnessFeeds(server, sources);
        feeds.Plan(items, window, new Random(9));
        var settings = new Dictionary<string, string>(discord.Settings(sources))
        {
            ["Bot:Http:AllowedNetworks:0"] = "127.0.0.0/8",
            ["Bot:Http:PerHostConcurrency"] = "16",
            ["Bot:Http:PerHostDelay"] = "00:00:00",
            ["Bot:Polling:DefaultInterval"] = Span(interval),
            ["Bot:Polling:MinInterval"] = "00:00:01",
            ["Bot:Scheduling:DueCheckInterval"] = Span(dueCheck),
            ["Bot:Scheduling:SchedulerName"] = "bench-freshness",
        };
        if (quick)
        {
            settings["Bot:Scheduling:DeliveryInterval"] = "00:00:01";
        }

        await using var bot = InProcessBot.Create(settings, connectionString, alertSink: null);
        await bot.MigrateAsync(cancellationToken);
        await bot.ImportAsync(InProcessBot.Opml(feeds.Urls), cancellationToken);
        bot.Polls.Reset(sources);
        await bot.StartAsync(cancellationToken);
        await bot.Polls.WaitForCycleAsync(cancellationToken); // the first polls read only the old items

        context.Progress($"freshness: publishing {items} items over {window.TotalSeconds:F0} s, polled every {interval.TotalSeconds:F0} s");
        var published = feeds.Publish();
        var clock = Stopwatch.StartNew();
        // The last item can wait a whole interval, plus due checks, a poll and a post, before its message.
        var deadline = window + interval + (3 * dueCheck) + TimeSpan.FromSeconds(quick ? 5 : 15);
        var latencies = new List<double>();
        while (clock.Elapsed < deadline)
        {
            await Task.Delay(quick ? 100 : 1_000, cancellationToken);
            latencies = Latencies(feeds, discord.Arrivals(), published);
            if (latencies.Count == items)
            {
                break;
            }
        }

        if (latencies.Count == 0)
        {
            throw new InvalidOperationException($"No {FreshnessChannels.Label} arrived within {deadline.TotalSeconds:F0} s of publication.");
        }

        latencies.Sort();
        var figures = new FreshnessFigures(
            FreshnessChannels.Label,
            sources,
            items,
            window.TotalSeconds,
            interval.TotalSeconds,
            dueCheck.TotalSeconds,
            latencies.Count,
            discord.Messages - latencies.Count,
            Sizes.Quantile(latencies, 0.50),
            Sizes.Quantile(latencies, 0.95),
            latencies[^1]);
        return new ScenarioReport(Lines(figures, bot.Logs), figures);
    }

    private static List<double> Latencies(FreshnessFeeds feeds, Dictionary<string, DateTimeOffset> arrivals, DateTimeOffset published) =>
        [.. feeds.Items
            .Where(item => arrivals.ContainsKey(item.Link.AbsoluteUri))
            .Select(item => (arrivals[item.Link.AbsoluteUri] - published - item.At).TotalSeconds)];

    private static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static List<string> Lines(FreshnessFigures f, LogCounter logs)
    {
        List<string> lines =
        [
            Invariant($"{f.Items} items published at random moments over {f.WindowSeconds:F0} s on {f.Sources} loopback feeds; the real host in this process polls each every {f.PollIntervalSeconds:F0} s (due checks every {f.DueCheckSeconds:F0} s) and posts each alert through its outbox to the fake Discord (Discord's documented limits; one channel per feed). Measured from publication to the {f.Endpoint}, by the time in the message's snowflake."),
            string.Empty,
            "| measured | poll interval (s) | items | arrived | extra messages | p50 (s) | p95 (s) | max (s) |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            Invariant($"| publication → {f.Endpoint} | {f.PollIntervalSeconds:F0} | {f.Items} | {f.Arrived} | {f.Duplicates} | {f.P50Seconds:F1} | {f.P95Seconds:F1} | {f.MaxSeconds:F1} |"),
            string.Empty,
            Invariant($"An item waits for its source's next poll: about half an interval on average, a whole one at worst; the due check adds up to {f.DueCheckSeconds:F0} s, delivery the rest."),
        ];
        lines.AddRange(logs.Problems.Select(p => "Logged: " + p));
        return lines;
    }
}
