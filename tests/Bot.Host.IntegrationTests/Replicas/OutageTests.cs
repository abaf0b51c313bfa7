using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bot.TestKit;
using Bot.TestKit.Discord;

namespace Bot.Host.IntegrationTests.Replicas;

/// <summary>The gateway holder dies and another replica takes over; PostgreSQL goes away for 30 seconds and comes back.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutageTests(CrashCluster cluster) : IClassFixture<CrashCluster>
{
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task GatewayHolderKilled_AnotherReplicaTakesOverAndAnswersWithin30Seconds()
    {
        var token = TestContext.Current.CancellationToken;
        await using var fake = await FakeDiscord.StartAsync();
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/quiet.xml", RssFeed.Create("Quiet"));
        List<string> arguments =
        [
            "run", .. BotArguments.For(feeds.Url("/quiet.xml"), cluster.ConnectionString, "takeover"),
            $"--Discord:Token={fake.Options.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}",
        ];
        await using var first = BotProcess.Start(arguments);
        await using var second = BotProcess.Start(arguments);
        var holder = await Eventually.WaitForAsync(() => new[] { first, second }.FirstOrDefault(Holds));
        var standby = holder == first ? second : first;
        await standby.Errors.WaitForAsync(line => line.Contains("Application started", StringComparison.Ordinal), BotArguments.Patience);
        await Eventually.WaitForAsync(() => fake.Gateway.IsReady ? true : (bool?)null);
        fake.Gateway.Identifies.ShouldBe(1, "only the holder connects");

        holder.Kill();
        var clock = Stopwatch.StartNew();
        await Eventually.WaitForAsync(() => Holds(standby) && fake.Gateway.Identifies >= 2 && fake.Gateway.IsReady ? true : (bool?)null);
        var interaction = await fake.SendInteractionAsync("status");
        await Eventually.WaitForAsync(() => interaction.CallbackType);
        clock.Stop();

        TestContext.Current.SendDiagnosticMessage($"gateway takeover: answered an interaction {clock.Elapsed.TotalSeconds:F1} s after the holder was killed");
        clock.Elapsed.ShouldBeLessThan(Takeover);
        await standby.SignalAsync("TERM");
        (await standby.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0);
    }

    [Fact]
    public async Task PostgresGoneFor30Seconds_BotKeepsRunningSaysSoAndCatchesUp()
    {
        var token = TestContext.Current.CancellationToken;
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/outage.xml", RssFeed.Create("News", BotArguments.Denial("before-outage")));
        var port = FreePort();
        await using var bot = BotProcess.Start(["run", .. BotArguments.For(feeds.Url("/outage.xml"), cluster.ConnectionString, "outage"), $"--Bot:Health:Port={port}"]);
        await bot.WaitForOutputAsync(line => line.Contains("(before-outage)", StringComparison.Ordinal), BotArguments.Patience);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        (await http.GetAsync("/readyz", token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await cluster.StopAsync();
        var down = Stopwatch.StartNew();
        feeds.Serve("/outage.xml", RssFeed.Create("News", BotArguments.Denial("during-outage"), BotArguments.Denial("before-outage")));
        var sawNotReady = false;
        while (down.Elapsed < TimeSpan.FromSeconds(30))
        {
            bot.HasExited.ShouldBeFalse("the bot must ride out the outage");
            sawNotReady |= (await http.GetAsync("/readyz", token)).StatusCode == HttpStatusCode.ServiceUnavailable;
            await Task.Delay(1000, token);
        }

        (await http.GetAsync("/healthz", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await cluster.StartAsync();
        var recovery = Stopwatch.StartNew();
        await bot.WaitForOutputAsync(line => line.Contains("(during-outage)", StringComparison.Ordinal), BotArguments.Patience);
        await Eventually.WaitForAsync(async () => (await http.GetAsync("/readyz", token)).StatusCode == HttpStatusCode.OK ? true : (bool?)null);

        TestContext.Current.SendDiagnosticMessage($"database outage: caught up {recovery.Elapsed.TotalSeconds:F1} s after PostgreSQL came back");
        sawNotReady.ShouldBeTrue("/readyz reports the database");
        bot.Errors.Lines.ShouldContain(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("warn:", StringComparison.Ordinal));
        bot.Output.Lines.Count(line => line.Contains("(before-outage)", StringComparison.Ordinal)).ShouldBe(1);
        await bot.SignalAsync("TERM");
        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0);
    }

    [Fact]
    public async Task Sigterm_WhilePostgresIsDown_ExitsWithin10Seconds()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/stop.xml", RssFeed.Create("News", BotArguments.Denial("before-stop")));
        await using var bot = BotProcess.Start(["run", .. BotArguments.For(feeds.Url("/stop.xml"), cluster.ConnectionString, "stop")]);
        await bot.WaitForOutputAsync(line => line.Contains("(before-stop)", StringComparison.Ordinal), BotArguments.Patience);
        await cluster.StopAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
            var clock = Stopwatch.StartNew();
            await bot.SignalAsync("TERM");
            var exit = await bot.WaitForExitAsync(BotArguments.Patience);
            TestContext.Current.SendDiagnosticMessage($"shutdown with the database down: {clock.Elapsed.TotalSeconds:F1} s, exit {exit}");
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
            exit.ShouldBe(0);
        }
        finally
        {
            await cluster.StartAsync();
        }
    }

    private static bool Holds(BotProcess bot) => bot.Errors.Lines.Any(line => line.Contains("holds shard 0", StringComparison.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
