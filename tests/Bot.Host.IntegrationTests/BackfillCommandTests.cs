using Bot.Host.Cli;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary><c>bot backfill</c> as a user runs it, against articles a real bot stored.</summary>
public sealed class BackfillCommandTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Backfill_StoredArticles_PrintsMatchesAndQueuesAlertsOnceWithAlert()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("b1"), BotArguments.Unrelated("b2")));
        var arguments = BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString, "backfill");
        await using (var bot = BotProcess.Start(["run", .. arguments]))
        {
            await bot.Output.WaitForAsync(line => line.Contains("(b1)", StringComparison.Ordinal), BotArguments.Patience);
            await bot.SignalAsync("TERM");
            (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0);
        }

        var printed = await RunAsync(["backfill", "--since", "2026-11-01", .. arguments]);
        printed.Output.Lines.ShouldHaveSingleItem().ShouldStartWith("MATCH [Russia denial] loopback · 2026-11-20 08:00Z · Kremlin denies hacking claims (b1)");
        printed.Errors.Lines.ShouldContain(line => line.Contains("Replayed 2 articles", StringComparison.Ordinal) && line.Contains("1 matches (print only", StringComparison.Ordinal));

        // The live bot already alerted b1 to the console: queuing again is refused, so nobody is alerted twice.
        var queued = await RunAsync(["backfill", "--since", "2026-11-01", "--alert", "--rule", "russia DENIAL", .. arguments]);
        queued.Errors.Lines.ShouldContain(line => line.Contains("0 alerts queued (1 already alerted)", StringComparison.Ordinal));
        (await database.ScalarAsync<long>("SELECT count(*) FROM alerts")).ShouldBe(1);
    }

    [Fact]
    public async Task Backfill_BadDateOrUnknownRule_SaysWhatIsWrong()
    {
        var arguments = BotArguments.For(new Uri("http://127.0.0.1:9/none.xml"), database.ConnectionString, "backfill-errors");

        var badDate = await RunAsync(["backfill", "--since", "last tuesday", .. arguments], expectedExit: BackfillCommand.UsageError);
        badDate.Errors.Lines.ShouldContain(line => line.Contains("'last tuesday' is not a date", StringComparison.Ordinal));

        var unknown = await RunAsync(["backfill", "--since", "2026-11-01", "--rule", "nope", .. arguments], expectedExit: Bot.Host.Hosting.ExitCodes.DataError);
        unknown.Errors.Lines.ShouldContain(line => line.Contains("no active rule named 'nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void ProgressLine_ShowsTheShareDone() =>
        ConsoleProgress.Line(25, 100, "articles").ShouldBe("[#######.......................]  25% 25/100 articles");

    private static async Task<BotProcess> RunAsync(IEnumerable<string> arguments, int expectedExit = 0)
    {
        var process = BotProcess.Start(arguments);
        (await process.WaitForExitAsync(BotArguments.Patience)).ShouldBe(expectedExit, string.Join('\n', process.Errors.Lines));
        return process;
    }
}
