using System.Net;
using Bot.Core.Alerts;
using Bot.Core.Sources;
using Bot.Host.Delivery;
using Bot.Host.Hosting;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests;

/// <summary>The real host with one healthy and one broken source: the healthy one alerts, the broken one is paused and said so once.</summary>
public sealed class SourcePauseEndToEndTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task RunAsync_OneSourceKeepsFailing_OthersAlertAndItIsPausedWithOneNotice()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("p1")));
        feeds.Fail("/gone.xml", HttpStatusCode.Gone);
        var output = new LineCapture();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        List<string> arguments =
        [
            .. BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString, "pause-" + Guid.NewGuid().ToString("N")),
            "--Bot:Sources:1:Name=broken",
            $"--Bot:Sources:1:Url={feeds.Url("/gone.xml")}",
            "--Bot:Sources:1:Interval=00:00:01",
            "--Bot:Polling:PauseAfter=00:00:02",
            "--Bot:Polling:MaxBackoff=00:00:01",
        ];
        var run = BotApplication.RunAsync(
            arguments,
            services =>
            {
                services.AddSingleton<IAlertSink>(provider => new ConsoleAlertSink(output, provider.GetRequiredService<ILogger<ConsoleAlertSink>>()));
                services.AddSingleton<ISourceNoticeSink>(provider => new ConsoleNoticeSink(output, provider.GetRequiredService<ILogger<ConsoleNoticeSink>>()));
            },
            stop.Token);

        await output.WaitForAsync(line => line.Contains("(p1)", StringComparison.Ordinal), BotArguments.Patience);
        var notice = await output.WaitForAsync(line => line.StartsWith("NOTICE [paused] broken", StringComparison.Ordinal), BotArguments.Patience);
        var pollsOfHealthy = feeds.Hits("/news.xml");
        var pollsOfBroken = feeds.Hits("/gone.xml");
        using (var deadline = new CancellationTokenSource(BotArguments.Patience))
        {
            while (feeds.Hits("/news.xml") < pollsOfHealthy + 3)
            {
                await Task.Delay(200, deadline.Token);
            }
        }

        notice[0].ShouldContain("HTTP 410 Gone");
        output.Lines.Count(line => line.StartsWith("NOTICE", StringComparison.Ordinal)).ShouldBe(1);
        output.Lines.Count(line => line.StartsWith("ALERT", StringComparison.Ordinal)).ShouldBe(1);
        feeds.Hits("/gone.xml").ShouldBe(pollsOfBroken, "a paused source is not polled");
        (await database.ScalarAsync<string>("SELECT paused_reason FROM sources WHERE name = 'broken'")).ShouldContain("HTTP 410 Gone");

        await stop.CancelAsync();
        (await run).ShouldBe(ExitCodes.Success);
    }
}
