using System.Net;
using Bot.Core.Alerts;
using Bot.Host.Delivery;
using Bot.Host.Hosting;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests.FullText;

/// <summary>
/// The real host over a full-text source in a declared language: summary-only items get their article page read
/// (through the guarded client, from the loopback server), a failing page keeps its summary, an item with full
/// content is not fetched, and the declared language replaces detection in the alert.
/// </summary>
public sealed class FullTextEndToEndTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string ArticlePage = """
        <!doctype html><html><head><meta charset="utf-8"><title>Statement</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article>
          <h1>Ministry statement</h1>
          <p>The Kremlin denies hacking claims made by several European governments on Monday, a spokesman said in a long statement.</p>
          <p>Moscow rejected the accusation and called the claims absurd, adding that no evidence had been shown to anyone so far.</p>
          <p>Read also: Ten things to know about the elections</p>
          <figure><img src="x.jpg"><figcaption>Photo caption that is not article text at all</figcaption></figure>
        </article>
        <aside><h3>Related</h3><ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul></aside>
        <footer>Copyright footer text</footer>
        </body></html>
        """;

    [Fact]
    public async Task RunAsync_FullTextSource_ReadsSummaryOnlyPagesKeepsSummaryOnFailureAndUsesDeclaredLanguage()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", Feed(feeds));
        feeds.Serve("/articles/ft1.html", ArticlePage, "text/html; charset=utf-8");
        feeds.Fail("/articles/ft2.html", HttpStatusCode.NotFound);
        feeds.Serve("/articles/ft3.html", ArticlePage, "text/html; charset=utf-8");
        var output = new LineCapture();
        var logs = new LogCapture();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        List<string> arguments =
        [
            .. BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString, "fulltext-" + Guid.NewGuid().ToString("N")),
            "--Bot:Sources:0:FullText=true",
            "--Bot:Sources:0:Language=fr",
        ];
        var run = BotApplication.RunAsync(
            arguments,
            services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddSingleton<IAlertSink>(provider => new ConsoleAlertSink(output, provider.GetRequiredService<ILogger<ConsoleAlertSink>>()));
            },
            stop.Token);

        // Neither the title nor the teaser of ft1 matches the rule: only its page does.
        await output.WaitForAsync(line => line.Contains("(ft1)", StringComparison.Ordinal), BotArguments.Patience);
        var polls = feeds.Hits("/news.xml");
        using (var deadline = new CancellationTokenSource(BotArguments.Patience))
        {
            while (feeds.Hits("/news.xml") < polls + 2)
            {
                await Task.Delay(200, deadline.Token);
            }
        }

        var full = await database.ScalarAsync<string>("SELECT summary FROM articles WHERE identity = 'id:ft1'");
        full.ShouldContain("Moscow rejected the accusation");
        full.ShouldNotContain("Home");
        full.ShouldNotContain("Read also");
        full.ShouldNotContain("Related story");
        full.ShouldNotContain("Photo caption");
        (await database.ScalarAsync<string>("SELECT summary FROM articles WHERE identity = 'id:ft2'")).ShouldBe("Short teaser two.");
        (await database.ScalarAsync<string>("SELECT summary FROM articles WHERE identity = 'id:ft3'")).ShouldStartWith("Complete text of the third story");
        (await database.ScalarAsync<string>("SELECT a.language FROM alerts a JOIN articles ar ON ar.id = a.article_id WHERE ar.identity = 'id:ft1'")).ShouldBe("fr");
        feeds.Hits("/articles/ft1.html").ShouldBe(1, "a page is read once, for a new item only");
        feeds.Hits("/articles/ft2.html").ShouldBeGreaterThanOrEqualTo(1);
        feeds.Hits("/articles/ft3.html").ShouldBe(0, "an item with full content needs no page");
        logs.Entries.ShouldContain(e => e.EventId.Name == "FullTextFailed" && e.Message.Contains("HTTP 404", StringComparison.Ordinal));
        logs.Entries.ShouldContain(e => e.EventId.Name == "FullTextRead");
        output.Lines.Count(line => line.StartsWith("ALERT", StringComparison.Ordinal)).ShouldBe(1);

        await stop.CancelAsync();
        (await run).ShouldBe(ExitCodes.Success);
    }

    // Two summary-only items (one page readable, one not) and one with content:encoded longer than the threshold.
    private static string Feed(FeedServer feeds)
    {
        var content = "Complete text of the third story. " + string.Concat(Enumerable.Repeat("It goes on about the weather for a long while. ", 20));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>
            <item><guid>ft1</guid><title>Ministry statement (ft1)</title><link>{feeds.Url("/articles/ft1.html")}</link>
              <description>Short teaser one.</description><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>
            <item><guid>ft2</guid><title>Weather (ft2)</title><link>{feeds.Url("/articles/ft2.html")}</link>
              <description>Short teaser two.</description><pubDate>Fri, 20 Nov 2026 08:05:00 GMT</pubDate></item>
            <item><guid>ft3</guid><title>Weather (ft3)</title><link>{feeds.Url("/articles/ft3.html")}</link>
              <description>Short teaser three.</description><content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>
              <pubDate>Fri, 20 Nov 2026 08:10:00 GMT</pubDate></item>
            </channel></rss>
            """;
    }
}
