using System.CommandLine;
using Bot.Host.Cli;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary>
/// <c>bot sources add|list|status|pause|resume|remove</c>, <c>bot search</c> and <c>bot alerts recent</c>: the
/// <c>/source</c>, <c>/search</c> and <c>/alerts</c> handlers run as the operator, against a real database.
/// </summary>
public sealed class SourcesCommandLineTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Sources_AddListStatusPauseResumeRemove_InTheGivenGuildWithExitCodesAndAudit()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/own.xml", RssFeed.Create("Own News", BotArguments.Denial("s1"), BotArguments.Unrelated("s2")));
        var url = feeds.Url("/own.xml").AbsoluteUri;

        var add = await RunAsync("sources", "add", url, "--name", "own-news", "--interval", "2", "--guild", "91");
        add.ShouldBe((0, $"Source “own-news” added: Own News (rss20, 2 items), polled every 2 minutes. First items:\n• Kremlin denies hacking claims (s1)\n• Weather report (s2)\nlanguage: detected · feed text\n", string.Empty));
        (await RunAsync("sources", "list", "--guild", "91")).Output.ShouldContain("**own-news** · active · language: detected · feed text · " + url);
        (await RunAsync("sources", "list", "--guild", "92")).Output.ShouldContain("has added no sources");
        (await RunAsync("source", "list", "--guild", "91")).Output.ShouldContain("**own-news** · active · language: detected · feed text · " + url);
        var status = await RunAsync("sources", "status", "own-news", "--guild", "91", "--locale", "fr");
        status.ExitCode.ShouldBe(0);
        status.Output.ShouldStartWith("Source « own-news »\n" + url + "\n");
        (await RunAsync("sources", "pause", "own-news", "--guild", "91")).ExitCode.ShouldBe(0);
        (await RunAsync("sources", "pause", "own-news", "--guild", "91")).ShouldBe((65, string.Empty, "Source “own-news” is already paused.\n"));
        (await RunAsync("sources", "list", "--guild", "91")).Output.ShouldContain("**own-news** · paused");
        (await RunAsync("sources", "resume", "own-news", "--guild", "91")).ExitCode.ShouldBe(0);
        (await RunAsync("sources", "remove", "own-news", "--guild", "92")).ShouldBe((65, string.Empty, "This server has no source named “own-news”.\n"));
        (await RunAsync("sources", "remove", "own-news", "--guild", "91")).ExitCode.ShouldBe(0);

        (await database.ScalarAsync<string>("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE guild_id = 91 AND actor_name = 'command line'"))
            .ShouldBe("source.subscribe,source.pause,source.resume,source.unsubscribe");
    }

    [Fact]
    public async Task SourcesAdd_BadIntervalOrAddress_ExitsTwoWithTheReasonAndAddsNothing()
    {
        var interval = await RunAsync("sources", "add", "https://example.com/feed", "--interval", "0", "--guild", "93");
        var scheme = await RunAsync("sources", "add", "file:///etc/passwd", "--guild", "93", "--locale", "fr");
        var blocked = await RunAsync("sources", "add", "http://169.254.169.254/latest/meta-data/", "--guild", "93");

        interval.ShouldBe((2, string.Empty, "interval is in minutes, from 1 to 1440 (got 0).\n"));
        scheme.ExitCode.ShouldBe(2);
        scheme.Errors.ShouldStartWith("L’url doit être une adresse http ou https absolue");
        blocked.ExitCode.ShouldBe(2);
        blocked.Errors.ShouldStartWith("The bot may not fetch http://169.254.169.254/latest/meta-data/");
        (await database.ScalarAsync<long>("SELECT count(*) FROM source_subscriptions WHERE guild_id = 93")).ShouldBe(0);
    }

    [Fact]
    public async Task SourcesAdd_LanguageAndFullText_StoredAndShownOrRefusedWithTheReason()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/settings.xml", RssFeed.Create("Settings News", BotArguments.Unrelated("st1")));
        var url = feeds.Url("/settings.xml").AbsoluteUri;

        var bad = await RunAsync("sources", "add", url, "--name", "settings-news", "--language", "xx", "--guild", "94");
        var add = await RunAsync("sources", "add", url, "--name", "settings-news", "--language", "fr", "--full-text", "--guild", "94");

        bad.ExitCode.ShouldBe(2);
        bad.Errors.ShouldContain("xx");
        add.ExitCode.ShouldBe(0);
        (await RunAsync("sources", "status", "settings-news", "--guild", "94")).Output.ShouldContain("language: fr · full text");
        (await database.ScalarAsync<string>($"SELECT language || ',' || full_text FROM sources WHERE url = '{url}'")).ShouldBe("fr,true");
    }

    [Fact]
    public async Task Sources_OperatorScope_ListIsTheCatalogueTableAndResumeFindsTheOperatorsOwnPauseFirst()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/operator.xml", RssFeed.Create("Operator Feed", BotArguments.Unrelated("o1")));
        var url = feeds.Url("/operator.xml").AbsoluteUri;

        (await RunAsync("sources", "add", url, "--name", "operator-own")).ExitCode.ShouldBe(0);
        (await RunAsync("sources", "pause", "operator-own")).ExitCode.ShouldBe(0);
        var list = await RunAsync("sources", "list");
        var resume = await RunAsync("sources", "resume", "operator-own");
        var unknown = await RunAsync("sources", "resume", "no-such-feed");

        list.Output.ShouldStartWith("NAME\tSTATE\tORIGIN\t");
        list.Output.ShouldContain("\noperator-own\tactive\tcommand\tnever polled\t");
        resume.ShouldBe((0, "Source “operator-own” resumed.\n", string.Empty));
        unknown.ShouldBe((65, string.Empty, "No source is named 'no-such-feed'.\n"));
        (await database.ScalarAsync<long>("SELECT count(*) FROM source_subscriptions WHERE guild_id = 0 AND name = 'operator-own' AND paused_at IS NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task SearchAndAlerts_ArticlesARealBotStored_FoundPagedAndBadOptionsRefused()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("q1"), BotArguments.Unrelated("q2")));
        var arguments = BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString, "lookups");
        await using (var bot = BotProcess.Start(["run", .. arguments]))
        {
            await bot.Output.WaitForAsync(line => line.Contains("(q1)", StringComparison.Ordinal), BotArguments.Patience);
            await bot.SignalAsync("TERM");
            (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0);
        }

        var found = await RunAsync("search", "kremlin", "--days", "30", "--source", "loopback");
        var french = await RunAsync("search", "kremlin", "--days", "30", "--language", "fr");
        var badPage = await RunAsync("search", "kremlin", "--page", "0", "--locale", "ar");
        var badLanguage = await RunAsync("search", "kremlin", "--language", "xx");
        var alerts = await RunAsync("alerts", "recent", "--rule", "Russia denial");
        var none = await RunAsync("alerts", "recent", "--guild", "94");

        found.ExitCode.ShouldBe(0);
        found.Output.ShouldStartWith("1 result(s) in the last 30 day(s), page 1 of 1\n[Kremlin denies hacking claims (q1)](https://example.com/q1)\nloopback · en · ");
        french.Output.ShouldBe("Nothing matched in the last 30 day(s).\n");
        badPage.ShouldBe((2, string.Empty, "يجب أن تكون page عددًا صحيحًا من 1 إلى 100 (المُدخل: 0).\n"));
        badLanguage.ExitCode.ShouldBe(2);
        badLanguage.Errors.ShouldContain("xx");
        alerts.ExitCode.ShouldBe(0);
        alerts.Output.ShouldContain("[Kremlin denies hacking claims (q1)](https://example.com/q1)\nRussia denial · loopback · ");
        none.ShouldBe((0, "No alerts yet in this server.\n", string.Empty));
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var parse = BotCommandLine.Create().Parse([
            .. arguments,
            $"--ConnectionStrings:Postgres={database.ConnectionString}",
            "--Bot:Http:AllowedNetworks:0=127.0.0.0/8",
            "--Bot:Polling:MinInterval=00:00:01",
        ]);
        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), errors.ToString().ReplaceLineEndings("\n"));
    }
}
