using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary>Two <c>bot</c> processes on one database: no migration race, and each item alerted once in all.</summary>
public sealed class ReplicaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Run_TwoReplicasStartTogether_EachItemAlertedOnce()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("r1")));
        var arguments = BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString);
        await using var first = BotProcess.Start(["run", .. arguments]);
        await using var second = BotProcess.Start(["run", .. arguments]);

        await first.Errors.WaitForAsync(line => line.Contains("Application started", StringComparison.Ordinal), BotArguments.Patience);
        await second.Errors.WaitForAsync(line => line.Contains("Application started", StringComparison.Ordinal), BotArguments.Patience);
        await WaitForAlertsAsync(first, second, "(r1)");

        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("r2"), BotArguments.Denial("r1")));
        await WaitForAlertsAsync(first, second, "(r2)");
        var polls = feeds.Hits("/news.xml");
        while (feeds.Hits("/news.xml") < polls + 3)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Alerts(first, second).Count(line => line.Contains("(r1)", StringComparison.Ordinal)).ShouldBe(1);
        Alerts(first, second).Count(line => line.Contains("(r2)", StringComparison.Ordinal)).ShouldBe(1);
        first.Errors.Lines.ShouldNotContain(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal));
        second.Errors.Lines.ShouldNotContain(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal));
        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).ShouldBe(Bot.Storage.Migrations.MigrationCatalog.Load().Count);
    }

    private static IEnumerable<string> Alerts(BotProcess first, BotProcess second) =>
        first.Output.Lines.Concat(second.Output.Lines).Where(line => line.StartsWith("ALERT", StringComparison.Ordinal));

    private static async Task WaitForAlertsAsync(BotProcess first, BotProcess second, string marker)
    {
        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        while (!Alerts(first, second).Any(line => line.Contains(marker, StringComparison.Ordinal)))
        {
            if (first.HasExited || second.HasExited)
            {
                throw new InvalidOperationException("A replica exited early:\n" + string.Join('\n', first.Errors.Lines.Concat(second.Errors.Lines)));
            }

            await Task.Delay(100, deadline.Token);
        }
    }
}
