using System.Globalization;
using System.Net;
using Bot.Core.Rules;
using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.Host.Hosting;
using Bot.Storage;
using Bot.Storage.Migrations;
using Bot.TestKit;
using Bot.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests.Delivery;

/// <summary>
/// Guild notices end to end, through the real host, PostgreSQL and the fake Discord server: a source paused after
/// failing tells the guilds that use it, once, in their alert channels; a refused channel pauses its rules and says
/// so in another channel of the guild, or records that it could not; a notice refused in turn goes nowhere else.
/// </summary>
public sealed class GuildNoticeTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const ulong ChannelA = 1_200_000_000_000_000_101;
    private const ulong ChannelB = 1_200_000_000_000_000_102;
    private const ulong ChannelC = 1_200_000_000_000_000_103;
    private const ulong OtherGuild = 1_100_000_000_000_000_077;

    [Fact]
    public async Task RunAsync_SourcesFailPastPauseTime_OneNoticePerGuildChannelThatUsesThemNeverAgainAcrossPollsAndRestart()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(ChannelA);
        fake.AddChannel(ChannelB);
        fake.AddChannel(ChannelC, OtherGuild);
        // The first notice is posted but its answer is lost: the retry must get the same message back (nonce).
        fake.InjectFault(FakeFault.DropAfterProcessing(), "POST /channels/{id}/messages");
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Unrelated("pause-w1")));
        feeds.Fail("/gone.xml", HttpStatusCode.Gone);
        feeds.Fail("/mine.xml", HttpStatusCode.NotFound);
        await PrepareAsync(async services =>
        {
            // Another guild has a rule in channel C and its own feed (failing too) under its own name.
            await services.GetRequiredService<IGuildSourceStore>().SubscribeAsync(
                new GuildId(OtherGuild), AuditActor.CommandLine, "my-feed", feeds.Url("/mine.xml"), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            await using var dataSource = database.CreateDataSource();
            await using var rule = dataSource.CreateCommand("INSERT INTO watch_rules (guild_id, name, query, channel_id, origin) VALUES (@guild, 'guild rule', @query, @channel, 'command')");
            rule.Parameters.AddWithValue("guild", (long)OtherGuild);
            rule.Parameters.AddWithValue("query", Presets.Query(Presets.ElectionHack)!);
            rule.Parameters.AddWithValue("channel", (long)ChannelC);
            await rule.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        });
        var name = "notice-pause-" + Guid.NewGuid().ToString("N");
        List<string> arguments =
        [
            .. Arguments(feeds, fake, name),
            "--Bot:Rules:0:Channel=" + ChannelA,
            "--Bot:Rules:1:Name=China denial",
            "--Bot:Rules:1:Preset=china-denial",
            "--Bot:Rules:1:Channel=" + ChannelB,
            "--Bot:Rules:2:Name=Elections",
            "--Bot:Rules:2:Preset=election-hack",
            "--Bot:Rules:2:Channel=" + ChannelA,
            "--Bot:Sources:1:Name=broken",
            $"--Bot:Sources:1:Url={feeds.Url("/gone.xml")}",
            "--Bot:Sources:1:Interval=00:00:01",
            "--Bot:Polling:PauseAfter=00:00:02",
            "--Bot:Polling:MaxBackoff=00:00:01",
        ];

        await using (var bot = RunningBot.Start(feeds, arguments))
        {
            await WaitForAsync(() => fake.Messages.Count >= 4 ? true : (bool?)null);
            await bot.WaitForPollsAsync(3);
        }

        var brokenPolls = feeds.Hits("/gone.xml");
        await using (var again = RunningBot.Start(feeds, arguments))
        {
            await again.WaitForPollsAsync(3);
        }

        fake.PendingFaults.ShouldBe(0);
        var messages = fake.Messages.ToList();
        messages.Count.ShouldBe(4, string.Join("\n", messages.Select(m => $"{m.ChannelId}: {Text(m)}")));
        messages.ShouldAllBe(m => m.Nonce!.StartsWith("notice-") && m.Body["enforce_nonce"]!.GetValue<bool>());
        messages.Select(m => m.Nonce).Distinct().Count().ShouldBe(4);
        // The operator's source: every guild whose rules see it, in each of its alert channels once.
        var broken = messages.Where(m => Text(m).Contains("**broken**", StringComparison.Ordinal)).ToList();
        broken.Select(m => m.ChannelId).Order().ShouldBe([ChannelA, ChannelB, ChannelC]);
        broken.ShouldAllBe(m => Text(m).Contains("HTTP 410 (Gone)") && Text(m).Contains("`bot sources resume broken`"));
        // The guild's own source: only that guild, under its name for it, with its own command to resume it.
        var mine = messages.Where(m => Text(m).Contains("**my-feed**", StringComparison.Ordinal)).ShouldHaveSingleItem();
        mine.ChannelId.ShouldBe(ChannelC);
        Text(mine).ShouldContain("HTTP 404 (NotFound)");
        Text(mine).ShouldContain("`/source resume my-feed`");
        mine.Embeds![0]!["title"]!.GetValue<string>().ShouldBe("Source paused");
        mine.Body["allowed_mentions"]!["parse"]!.AsArray().ShouldBeEmpty();
        feeds.Hits("/gone.xml").ShouldBe(brokenPolls, "a paused source stays paused across a restart");
        (await database.ScalarAsync<long>("SELECT count(*) FROM guild_notices WHERE delivered_at IS NOT NULL AND message_id IS NOT NULL")).ShouldBe(4);
        (await database.ScalarAsync<long>("SELECT count(*) FROM guild_notices")).ShouldBe(4);
        feeds.Url("/gone.xml").AbsoluteUri.ShouldSatisfyAllConditions(url => messages.ShouldAllBe(m => !Text(m).Contains(url)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_ChannelRefused_RulePausedAndOneNoticeInAnotherChannelOfTheGuild(bool channelExists)
    {
        await using var fake = await FakeDiscord.StartAsync();
        if (channelExists)
        {
            fake.AddChannel(ChannelA, canSend: false); // 403 Missing Permissions
        }

        fake.AddChannel(ChannelB);
        await using var feeds = await FeedServer.StartAsync();
        var id = "refused-" + channelExists.ToString(CultureInfo.InvariantCulture);
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial(id)));
        await PrepareAsync(_ => Task.CompletedTask);
        List<string> arguments =
        [
            .. Arguments(feeds, fake, id + "-" + Guid.NewGuid().ToString("N")),
            "--Bot:Rules:0:Channel=" + ChannelA,
            "--Bot:Rules:1:Name=China denial",
            "--Bot:Rules:1:Preset=china-denial",
            "--Bot:Rules:1:Channel=" + ChannelB,
        ];

        await using (var bot = RunningBot.Start(feeds, arguments))
        {
            await WaitForAsync(() => fake.Messages.FirstOrDefault(m => m.ChannelId == ChannelB));
            await bot.WaitForPollsAsync(3);
        }

        var notice = fake.Messages.ShouldHaveSingleItem();
        notice.ChannelId.ShouldBe(ChannelB);
        notice.Nonce!.ShouldStartWith("notice-");
        notice.Embeds![0]!["title"]!.GetValue<string>().ShouldBe("Rules paused: channel refused");
        Text(notice).ShouldContain($"<#{ChannelA}>");
        Text(notice).ShouldContain("**Russia denial**");
        Text(notice).ShouldContain("`/watch resume Russia denial`");
        (await database.ScalarAsync<bool>("SELECT paused_at IS NOT NULL FROM watch_rules WHERE guild_id = 0 AND name = 'Russia denial'")).ShouldBeTrue();
        (await database.ScalarAsync<bool>("SELECT paused_at IS NULL FROM watch_rules WHERE guild_id = 0 AND name = 'China denial'")).ShouldBeTrue("the working channel's rule goes on");
    }

    [Fact]
    public async Task RunAsync_OnlyChannelRefused_NoticeRecordedAsNotPostedAndNothingPosted()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(ChannelA, canSend: false);
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("nowhere")));
        await PrepareAsync(_ => Task.CompletedTask);
        List<string> arguments = [.. Arguments(feeds, fake, "nowhere-" + Guid.NewGuid().ToString("N")), "--Bot:Rules:0:Channel=" + ChannelA];

        await using (var bot = RunningBot.Start(feeds, arguments))
        {
            await WaitForAsync(async () => await database.ScalarAsync<long>("SELECT count(*) FROM guild_notices") > 0 ? true : (bool?)null);
            await bot.WaitForPollsAsync(2);
        }

        fake.Messages.ShouldBeEmpty();
        (await database.ScalarAsync<long>("SELECT count(*) FROM guild_notices")).ShouldBe(1);
        (await database.ScalarAsync<string>("SELECT last_error FROM guild_notices WHERE channel_id IS NULL AND failed_at IS NOT NULL AND kind = 'rules-paused'"))
            .ShouldContain("no other channel");
    }

    [Fact]
    public async Task RunAsync_NoticeChannelRefusesToo_NoticeFailsOnceAndStartsNoOther()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(ChannelA, canSend: false);
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Unrelated("loop-w1")));
        feeds.Fail("/gone.xml", HttpStatusCode.Gone);
        await PrepareAsync(_ => Task.CompletedTask);
        List<string> arguments =
        [
            .. Arguments(feeds, fake, "loop-" + Guid.NewGuid().ToString("N")),
            "--Bot:Rules:0:Channel=" + ChannelA,
            "--Bot:Sources:1:Name=broken",
            $"--Bot:Sources:1:Url={feeds.Url("/gone.xml")}",
            "--Bot:Sources:1:Interval=00:00:01",
            "--Bot:Polling:PauseAfter=00:00:02",
            "--Bot:Polling:MaxBackoff=00:00:01",
        ];

        await using (var bot = RunningBot.Start(feeds, arguments))
        {
            await WaitForAsync(async () => await database.ScalarAsync<long>("SELECT count(*) FROM guild_notices WHERE failed_at IS NOT NULL") > 0 ? true : (bool?)null);
            await bot.WaitForPollsAsync(3);
        }

        fake.Messages.ShouldBeEmpty();
        (await database.ScalarAsync<long>("SELECT count(*) FROM guild_notices")).ShouldBe(1);
        (await database.ScalarAsync<string>("SELECT kind FROM guild_notices WHERE failed_at IS NOT NULL AND attempts = 1")).ShouldBe("source-paused");
        fake.Requests.Count(r => r.Method == "POST" && r.Path.Contains(ChannelA.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ShouldBe(1);
        (await database.ScalarAsync<bool>("SELECT paused_at IS NULL FROM watch_rules WHERE name = 'Russia denial'")).ShouldBeTrue("a refused notice pauses nothing");
    }

    private List<string> Arguments(FeedServer feeds, FakeDiscord fake, string schedulerName)
    {
        var arguments = BotArguments.For(feeds.Url("/news.xml"), database.ConnectionString, schedulerName);
        arguments.AddRange([
            $"--Discord:Token={fake.Options.Token}",
            $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}",
            "--Discord:RetryDelay=00:00:00.050",
        ]);
        return arguments;
    }

    private static string Text(FakeMessage message) => message.Embeds?[0]?["description"]?.GetValue<string>() ?? string.Empty;

    // The class shares one database: each test starts from a migrated schema with no sources, rules or notices.
    private async Task PrepareAsync(Func<IServiceProvider, Task> seed)
    {
        await using var services = new ServiceCollection().AddLogging().AddStorage(database.ConnectionString, migrateOnStart: false).BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        await using (var dataSource = database.CreateDataSource())
        {
            await dataSource.CreateCommand("TRUNCATE sources, watch_rules, guild_notices, source_notices, audit_log CASCADE").ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await seed(services);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) => await WaitForAsync(() => Task.FromResult(probe()));

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(BotArguments.Patience);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100, deadline.Token);
        }
    }

    /// <summary>The host running in process, stopped and checked for a clean exit on dispose.</summary>
    private sealed class RunningBot : IAsyncDisposable
    {
        private readonly FeedServer _feeds;
        private readonly CancellationTokenSource _stop;
        private readonly Task<int> _run;

        private RunningBot(FeedServer feeds, CancellationTokenSource stop, Task<int> run)
        {
            _feeds = feeds;
            _stop = stop;
            _run = run;
        }

        public static RunningBot Start(FeedServer feeds, List<string> arguments)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var run = BotApplication.RunAsync(arguments, services => services.AddSingleton<ILoggerProvider>(new LogCapture()), stop.Token);
            return new RunningBot(feeds, stop, run);
        }

        public async Task WaitForPollsAsync(int more)
        {
            var before = _feeds.Hits("/news.xml");
            await WaitForAsync(() => _feeds.Hits("/news.xml") >= before + more ? true : (bool?)null);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            (await _run).ShouldBe(ExitCodes.Success);
            _stop.Dispose();
        }
    }
}
