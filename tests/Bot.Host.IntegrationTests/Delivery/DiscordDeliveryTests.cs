using Bot.Host.Hosting;
using Bot.TestKit;
using Bot.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests.Delivery;

/// <summary>The real host delivering alerts to the fake Discord server: embeds, nonces, mentions, refusals, outages.</summary>
public sealed class DiscordDeliveryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const ulong Channel = 1_200_000_000_000_000_010;
    private const ulong Role = 1_200_000_000_000_000_020;

    [Fact]
    public async Task RunAsync_RuleWithChannel_PostsOneEmbedPerMatchWithNonceAndOnlyTheRoleMentioned()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(Channel);
        await using var bot = await StartAsync(fake, "discord-post", database.ConnectionString);

        var message = await WaitForAsync(() => fake.Messages.FirstOrDefault(m => m.ChannelId == Channel));

        message.Nonce.ShouldStartWith("alert-");
        message.Body["enforce_nonce"]!.GetValue<bool>().ShouldBeTrue();
        message.Content.ShouldBe($"<@&{Role}>");
        message.Body["allowed_mentions"]!["parse"]!.AsArray().ShouldBeEmpty();
        message.Body["allowed_mentions"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe([Role.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var embed = message.Embeds!.ShouldHaveSingleItem()!;
        embed["title"]!.GetValue<string>().ShouldBe("Kremlin denies hacking claims (discord-post)");
        embed["url"]!.GetValue<string>().ShouldBe("https://example.com/discord-post");
        embed["description"]!.GetValue<string>().ShouldContain("> ");
        var fields = embed["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        fields["Who"].ShouldContain("Russia");
        fields["Stance"].ShouldContain("Denial");
        fields["Rule"].ShouldBe("Russia denial");
        fields["Source"].ShouldBe("loopback");
        fields["Published"].ShouldStartWith("<t:");

        await WaitForAsync(async () => await database.ScalarAsync<long>($"SELECT count(*) FROM alerts WHERE message_id = {message.Id}") == 1 ? true : (bool?)null);
        await bot.WaitForPollsAsync(2);
        fake.Messages.Count(m => m.ChannelId == Channel).ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ChannelClosedToTheBot_PausesTheRuleAndSaysWhy()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(Channel, canSend: false);
        await using var bot = await StartAsync(fake, "discord-refused", database.ConnectionString);

        await WaitForAsync(() => bot.Logs.Entries.FirstOrDefault(e => e.EventId.Name == "DeliveryRefused"));

        var reason = await WaitForAsync(async () => await database.ScalarAsync<string?>("SELECT paused_reason FROM watch_rules WHERE name = 'Russia denial' AND paused_at IS NOT NULL"));
        reason.ShouldContain("Missing Permissions");
        (await database.ScalarAsync<long>("SELECT count(*) FROM alerts a JOIN articles ar ON ar.id = a.article_id WHERE a.failed_at IS NOT NULL AND ar.link LIKE '%discord-refused'")).ShouldBe(1);
        fake.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_DiscordFailsForAWhile_AlertArrivesOnceAfterwards()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(Channel);
        fake.InjectFault(FakeFault.ServerError(503), "POST /channels/{id}/messages", times: 6);
        // The post goes through but its answer is lost: the retry must not post again (nonce with enforce_nonce).
        fake.InjectFault(FakeFault.DropAfterProcessing(), "POST /channels/{id}/messages");
        await using var bot = await StartAsync(fake, "discord-outage", database.ConnectionString);

        await WaitForAsync(() => fake.Messages.FirstOrDefault(m => m.ChannelId == Channel));
        await bot.WaitForPollsAsync(2);

        fake.PendingFaults.ShouldBe(0);
        fake.Messages.Count(m => m.ChannelId == Channel).ShouldBe(1);
    }

    private static async Task<RunningBot> StartAsync(FakeDiscord fake, string name, string connectionString)
    {
        var feeds = await FeedServer.StartAsync();
        // The class shares a database: each test has an article of its own, or it would be known already.
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial(name), BotArguments.Unrelated("w-" + name)));
        var arguments = BotArguments.For(feeds.Url("/news.xml"), connectionString, name + "-" + Guid.NewGuid().ToString("N"));
        arguments.AddRange([
            $"--Bot:Rules:0:Channel={Channel}",
            $"--Bot:Rules:0:MentionRole={Role}",
            $"--Discord:Token={fake.Options.Token}",
            $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}",
            "--Discord:RetryDelay=00:00:00.050",
        ]);
        return RunningBot.Start(feeds, arguments);
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

    /// <summary>The host running in process over one feed server, stopped and checked for a clean exit on dispose.</summary>
    private sealed class RunningBot : IAsyncDisposable
    {
        private readonly FeedServer _feeds;
        private readonly CancellationTokenSource _stop;
        private readonly Task<int> _run;

        private RunningBot(FeedServer feeds, CancellationTokenSource stop, Task<int> run, LogCapture logs)
        {
            _feeds = feeds;
            _stop = stop;
            _run = run;
            Logs = logs;
        }

        public LogCapture Logs { get; }

        public static RunningBot Start(FeedServer feeds, List<string> arguments)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var logs = new LogCapture();
            var run = BotApplication.RunAsync(arguments, services => services.AddSingleton<ILoggerProvider>(logs), stop.Token);
            return new RunningBot(feeds, stop, run, logs);
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
            await _feeds.DisposeAsync();
        }
    }
}
