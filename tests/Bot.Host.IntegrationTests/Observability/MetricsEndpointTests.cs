using System.Net;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary><c>/metrics</c> of the real host after it polled a loopback feed and delivered an alert.</summary>
public sealed class MetricsEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Metrics_AfterAlertDelivered_ParseAsPrometheusTextWithPipelineCounts()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("m1"), BotArguments.Unrelated("m2")));
        await using var bot = await InProcessBot.StartAsync(feeds.Url("/news.xml"), database.ConnectionString);
        await bot.Output.WaitForAsync(line => line.StartsWith("ALERT", StringComparison.Ordinal), BotArguments.Patience);

        // Counters are process-wide (other tests poll and deliver too), so they are at least this run's counts.
        var text = await bot.WaitForAsync("/metrics", (_, body) =>
            body.Contains("\nbot_alerts_delivered_total ", StringComparison.Ordinal) && body.Contains("\nbot_outbox_depth 0\n", StringComparison.Ordinal));
        var samples = PrometheusTextParser.Parse(text);

        double Value(string name, string? source = null) =>
            samples.Single(s => s.Name == name && (source is null ? s.Labels.Count == 0 : s.Labels.GetValueOrDefault("source") == source)).Value;
        Value("bot_articles_fetched_total", "loopback").ShouldBeGreaterThanOrEqualTo(2);
        Value("bot_articles_new_total", "loopback").ShouldBeGreaterThanOrEqualTo(2);
        Value("bot_matches_total", "loopback").ShouldBeGreaterThanOrEqualTo(1);
        Value("bot_alerts_delivered_total").ShouldBeGreaterThanOrEqualTo(1);
        Value("bot_poll_lag_seconds_count").ShouldBeGreaterThanOrEqualTo(1);
        Value("bot_outbox_depth").ShouldBe(0);
        text.ShouldContain("# TYPE bot_poll_lag_seconds histogram\n");
        text.ShouldContain("# TYPE bot_outbox_depth gauge\n");
        (await bot.GetAsync("/metrics")).Status.ShouldBe(HttpStatusCode.OK);
    }
}
