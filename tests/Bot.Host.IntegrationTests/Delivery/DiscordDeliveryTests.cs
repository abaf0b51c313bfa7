using Bot.TestKit;
using Bot.TestKit.Discord;

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

        var message = await Eventually.WaitForAsync(() => fake.Messages.FirstOrDefault(m => m.ChannelId == Channel));

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

        await Eventually.WaitForAsync(async () => await database.ScalarAsync<long>($"SELECT count(*) FROM alerts WHERE message_id = {message.Id}") == 1 ? true : (bool?)null);
        await bot.WaitForPollsAsync(2);
        fake.Messages.Count(m => m.ChannelId == Channel).ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ChannelClosedToTheBot_PausesTheRuleAndSaysWhy()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.AddChannel(Channel, canSend: false);
        await using var bot = await StartAsync(fake, "discord-refused", database.ConnectionString);

        await Eventually.WaitForAsync(() => bot.Logs.Entries.FirstOrDefault(e => e.EventId.Name == "DeliveryRefused"));

        var reason = await Eventually.WaitForAsync(async () => await database.ScalarAsync<string?>("SELECT paused_reason FROM watch_rules WHERE name = 'Russia denial' AND paused_at IS NOT NULL"));
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

        await Eventually.WaitForAsync(() => fake.Messages.FirstOrDefault(m => m.ChannelId == Channel));
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
        return RunningBot.Start(feeds, ownsFeeds: true, arguments);
    }
}
