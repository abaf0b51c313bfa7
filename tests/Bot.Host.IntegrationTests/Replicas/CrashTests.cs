using System.Diagnostics;
using Bot.TestKit;
using Bot.TestKit.Discord;

namespace Bot.Host.IntegrationTests.Replicas;

/// <summary>
/// Nothing lost, nothing twice: three <c>bot</c> processes on one database deliver 1,000 alerts to the fake Discord
/// while they are killed with SIGKILL at random and PostgreSQL restarts once; then every alert is there exactly once.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CrashTests(CrashCluster cluster) : IClassFixture<CrashCluster>
{
    private const ulong Channel = 1_200_000_000_000_000_077;
    private const int Feeds = 10;
    private const int ItemsPerFeed = 100;
    private static readonly TimeSpan Chaos = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Replicas_KilledAtRandomAndPostgresRestarted_DeliverEveryAlertExactlyOnce()
    {
        var token = TestContext.Current.CancellationToken;
        await using var fake = await FakeDiscord.StartAsync(new FakeDiscordOptions { MessageRouteLimit = 1000, MessageRouteWindow = TimeSpan.FromSeconds(1) });
        fake.AddChannel(Channel);
        await using var feeds = await FeedServer.StartAsync();
        var published = new List<RssFeed.Item>[Feeds];
        for (var f = 0; f < Feeds; f++)
        {
            published[f] = [];
            feeds.Serve($"/crash-{f}.xml", RssFeed.Create("Crash " + f));
        }

        var arguments = Arguments(feeds, fake);
        var random = new Random(20261121);
        var replicas = Enumerable.Range(0, 3).Select(_ => BotProcess.Start(arguments)).ToArray();
        var kills = 0;
        var lastWords = new List<string>();
        try
        {
            // Items appear over the chaos window, a few at a time on random feeds.
            var clock = Stopwatch.StartNew();
            var next = 0;
            var postgresRestarted = false;
            var nextKill = TimeSpan.FromSeconds(random.Next(2, 5));
            while (clock.Elapsed < Chaos)
            {
                var due = (int)Math.Min(Feeds * ItemsPerFeed, (clock.Elapsed.TotalSeconds + 1) / Chaos.TotalSeconds * Feeds * ItemsPerFeed);
                for (; next < due; next++)
                {
                    var f = next % Feeds;
                    published[f].Add(Item(f, next));
                    feeds.Serve($"/crash-{f}.xml", RssFeed.Create("Crash " + f, [.. published[f]]));
                }

                if (clock.Elapsed >= nextKill)
                {
                    var victim = random.Next(replicas.Length);
                    replicas[victim].Kill();
                    kills++;
                    await Task.Delay(random.Next(200, 1500), token);
                    await replicas[victim].DisposeAsync();
                    lastWords.AddRange(replicas[victim].Errors.Lines);
                    replicas[victim] = BotProcess.Start(arguments);
                    nextKill = clock.Elapsed + TimeSpan.FromSeconds(random.Next(2, 6));
                }

                if (!postgresRestarted && clock.Elapsed > Chaos / 2)
                {
                    await cluster.StopAsync();
                    await Task.Delay(TimeSpan.FromSeconds(3), token);
                    await cluster.StartAsync();
                    postgresRestarted = true;
                }

                await Task.Delay(100, token);
            }

            for (; next < Feeds * ItemsPerFeed; next++)
            {
                var f = next % Feeds;
                published[f].Add(Item(f, next));
                feeds.Serve($"/crash-{f}.xml", RssFeed.Create("Crash " + f, [.. published[f]]));
            }

            var recovering = Stopwatch.StartNew();
            while (Titles(fake).Distinct().Count() < Feeds * ItemsPerFeed && recovering.Elapsed < Recovery)
            {
                await Task.Delay(250, token);
            }

            var titles = Titles(fake).ToList();
            var distinct = titles.Distinct(StringComparer.Ordinal).Count();
            var expected = Feeds * ItemsPerFeed;
            TestContext.Current.SendDiagnosticMessage(
                $"crash test: expected {expected}, delivered {distinct}, duplicates {titles.Count - distinct}, lost {expected - distinct}, " +
                $"{kills} kills and 1 PostgreSQL restart, time to recover {recovering.Elapsed.TotalSeconds:F1} s after the last kill");
            (titles.Count - distinct).ShouldBe(0, "duplicates");
            distinct.ShouldBe(expected, "lost alerts; the replicas said:\n" + string.Join('\n', lastWords.Concat(replicas.SelectMany(r => r.Errors.Lines)).Where(l => l.Contains("fail:", StringComparison.Ordinal)).Take(40)));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    private static IEnumerable<string> Titles(FakeDiscord fake) =>
        fake.Messages.Where(m => m.ChannelId == Channel).Select(m => m.Embeds?[0]?["title"]?.GetValue<string>() ?? string.Empty);

    private static RssFeed.Item Item(int feed, int number) => new(
        $"crash-{number}",
        $"Kremlin denies hacking claims (crash {number})",
        "Moscow rejected the accusation.",
        $"https://example.com/crash/{number}",
        new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero).AddSeconds(number));

    private List<string> Arguments(FeedServer feeds, FakeDiscord fake)
    {
        List<string> arguments =
        [
            "run",
            $"--ConnectionStrings:Postgres={cluster.ConnectionString}",
            "--Bot:Polling:MinInterval=00:00:01",
            "--Bot:Polling:ClaimGrace=00:00:03",
            "--Bot:Http:Timeout=00:00:03",
            "--Bot:Http:AttemptTimeout=00:00:02",
            "--Bot:Http:ConnectTimeout=00:00:01",
            "--Bot:Http:AllowedNetworks:0=127.0.0.0/8",
            "--Bot:Http:PerHostDelay=00:00:00",
            "--Bot:Scheduling:DueCheckInterval=00:00:01",
            "--Bot:Scheduling:DeliveryInterval=00:00:01",
            "--Bot:Scheduling:ClusterCheckinInterval=00:00:02",
            "--Bot:Scheduling:SchedulerName=crash",
            "--Bot:Rules:0:Name=Kremlin",
            "--Bot:Rules:0:Query=Kremlin",
            $"--Bot:Rules:0:Channel={Channel}",
            $"--Discord:Token={fake.Options.Token}",
            $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}",
            "--Discord:RetryDelay=00:00:00.100",
        ];
        for (var f = 0; f < Feeds; f++)
        {
            arguments.Add($"--Bot:Sources:{f}:Name=crash-{f}");
            arguments.Add($"--Bot:Sources:{f}:Url={feeds.Url($"/crash-{f}.xml")}");
            arguments.Add($"--Bot:Sources:{f}:Interval=00:00:01");
        }

        return arguments;
    }
}
