using Bot.Core.Alerts;
using Bot.Host.Delivery;
using Bot.Host.Hosting;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests;

/// <summary>The real host, in process, against the loopback feed server and a real PostgreSQL.</summary>
public sealed class EndToEndTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task RunAsync_MatchingItems_ReachConsoleSinkOnceEach()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("a1"), BotArguments.Unrelated("w1")));
        var output = new LineCapture();
        var logs = new LogCapture();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = BotApplication.RunAsync(
            BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString, "e2e-" + Guid.NewGuid().ToString("N")),
            services =>
            {
                services.AddSingleton<IAlertSink>(provider => new ConsoleAlertSink(output, provider.GetRequiredService<ILogger<ConsoleAlertSink>>()));
                services.AddSingleton<ILoggerProvider>(logs);
            },
            stop.Token);

        var first = await output.WaitForAsync(line => line.StartsWith("ALERT", StringComparison.Ordinal), BotArguments.Patience);
        first[0].ShouldStartWith("ALERT [Russia denial] loopback · 2026-11-20 08:00Z · Kremlin denies hacking claims (a1) · https://example.com/a1");
        first[0].ShouldContain("Moscow rejected the accusation.");

        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("a2"), BotArguments.Denial("a1"), BotArguments.Unrelated("w1")));
        await output.WaitForAsync(line => line.Contains("(a2)", StringComparison.Ordinal), BotArguments.Patience);
        var pollsBefore = feeds.Hits("/news.xml");
        await WaitUntilAsync(() => feeds.Hits("/news.xml") >= pollsBefore + 2);

        output.Lines.Count(line => line.StartsWith("ALERT", StringComparison.Ordinal)).ShouldBe(2);
        output.Lines.ShouldNotContain(line => line.Contains("Weather", StringComparison.Ordinal));
        logs.Entries.Count(entry => entry.EventId.Name == "AlertPrinted").ShouldBe(2);
        logs.Entries.ShouldContain(entry => entry.EventId.Name == "SourcePolled");

        await stop.CancelAsync();
        (await run).ShouldBe(ExitCodes.Success);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        while (!condition())
        {
            await Task.Delay(100, deadline.Token);
        }
    }
}
