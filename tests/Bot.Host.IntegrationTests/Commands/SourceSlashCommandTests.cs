using System.Globalization;
using System.Text.Json.Nodes;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary><c>/source</c> through the fake Discord against the real host: add (fetched once, SSRF-guarded), list, status, pause, resume, remove.</summary>
public sealed class SourceSlashCommandTests(CommandBot bot) : IClassFixture<CommandBot>
{
    [Fact]
    public async Task Source_FullLifecycle_FetchedOnceShownAuditedAndOnlyThisGuildsToo()
    {
        const ulong guild = 1_100_000_000_000_003_001;
        var path = "/own-" + Guid.NewGuid().ToString("N") + ".xml";
        bot.Feeds.Serve(path, RssFeed.Create("Own News",
            new RssFeed.Item("own-1", "Ministry reports outage", "Nothing else.", "https://example.com/own-1", TimeProvider.System.GetUtcNow().AddHours(-1)),
            new RssFeed.Item("own-2", "Weather", "Sunny.", "https://example.com/own-2", TimeProvider.System.GetUtcNow().AddHours(-2))));

        var added = await bot.SendAsync("source", CommandBot.Sub("add", ("url", bot.Feeds.Url(path).AbsoluteUri), ("name", "own-news"), ("interval", 1L)), guild);

        added.CallbackType.ShouldBe(5);
        added.Ephemeral.ShouldBeTrue();
        added.Content.ShouldBe("Source “own-news” added: Own News (rss20, 2 items), polled every 1 minutes. First items:\n• Ministry reports outage\n• Weather\nlanguage: detected · feed text");
        (await bot.SendAsync("source", CommandBot.Sub("list"), guild)).Text.ShouldContain("**own-news** · active · language: detected · feed text · " + bot.Feeds.Url(path).AbsoluteUri);
        (await bot.SendAsync("source", CommandBot.Sub("list"), guild + 1)).Text.ShouldContain("has added no sources");
        (await bot.SendAsync("source", CommandBot.Sub("remove", ("name", "own-news")), guild + 1)).Content.ShouldBe("This server has no source named “own-news”.");
        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", bot.Feeds.Url(path).AbsoluteUri), ("name", "again")), guild)).Text.ShouldContain("already has a source");

        await CommandBot.WaitForAsync(async () => await bot.ScalarAsync<long>($"SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.url = '{bot.Feeds.Url(path).AbsoluteUri}'") == 2);
        var status = await bot.SendAsync("source", CommandBot.Sub("status", ("name", "own-news")), guild);
        status.Text.ShouldContain("Last poll: ");
        status.Text.ShouldContain("(Ok, HTTP 200)");
        status.Text.ShouldContain("Failures in a row: 0");
        (await bot.SendAsync("source", CommandBot.Focused("pause", "name", "own"), guild, type: 4)).Choices.ShouldBe(["own-news"]);
        (await bot.SendAsync("source", CommandBot.Sub("pause", ("name", "own-news")), guild)).Text.ShouldContain("paused");
        (await bot.SendAsync("source", CommandBot.Sub("pause", ("name", "own-news")), guild)).Text.ShouldContain("already paused");
        (await bot.SendAsync("source", CommandBot.Sub("resume", ("name", "own-news")), guild)).Text.ShouldContain("resumed");
        (await bot.SendAsync("source", CommandBot.Sub("remove", ("name", "own-news")), guild)).Text.ShouldContain("removed");

        (await bot.ScalarAsync<string>($"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE guild_id = {guild}"))
            .ShouldBe("source.subscribe,source.pause,source.resume,source.unsubscribe");
        (await bot.ScalarAsync<bool>($"SELECT enabled FROM sources WHERE url = '{bot.Feeds.Url(path).AbsoluteUri}'")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("en-US", "The bot may not fetch http://169.254.169.254/latest/meta-data/", "The url must be an absolute http or https address", "interval is in minutes, from 1 to 1440 (got 0)")]
    [InlineData("fr", "Le bot n’a pas le droit de lire http://169.254.169.254/latest/meta-data/", "L’url doit être une adresse http ou https absolue", "interval s’exprime en minutes, de 1 à 1440 (reçu 0)")]
    [InlineData("ar", "لا يُسمح للبوت بجلب http://169.254.169.254/latest/meta-data/", "يجب أن يكون url عنوان http أو https كاملًا", "interval بالدقائق، من 1 إلى 1440 (المُدخل: 0)")]
    public async Task SourceAdd_RefusedAddressOrBadOption_SaysWhyInTheUsersLanguage(string locale, string blocked, string badUrl, string badInterval)
    {
        const ulong guild = 1_100_000_000_000_003_101;

        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", "http://169.254.169.254/latest/meta-data/")), guild, locale: locale)).Content.ShouldStartWith(blocked);
        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", "file:///etc/passwd")), guild, locale: locale)).Content.ShouldStartWith(badUrl);
        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", "https://example.com/feed"), ("interval", 0L)), guild, locale: locale)).Content.ShouldBe(badInterval + ".");
        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", "https://example.com/feed")), guild, CommandBot.NoManageServer, locale)).Ephemeral.ShouldBeTrue();
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM source_subscriptions WHERE guild_id = {guild}")).ShouldBe(0);
    }

    [Fact]
    public async Task SourceAdd_LanguageAndFullText_StoredShownAndResumeLiftsAFailurePause()
    {
        const ulong guild = 1_100_000_000_000_003_301;
        var path = "/settings-" + Guid.NewGuid().ToString("N") + ".xml";
        var url = bot.Feeds.Url(path).AbsoluteUri;
        bot.Feeds.Serve(path, RssFeed.Create("Nouvelles", new RssFeed.Item("fr-1", "Le Kremlin dément", "Bref.", "https://example.com/fr-1", TimeProvider.System.GetUtcNow().AddHours(-1))));

        var added = await bot.SendAsync("source", CommandBot.Sub("add", ("url", url), ("name", "nouvelles"), ("language", "fr"), ("full_text", true)), guild);

        added.Content.ShouldEndWith("\nlanguage: fr · full text");
        (await bot.ScalarAsync<string>($"SELECT language || ',' || full_text FROM sources WHERE url = '{url}'")).ShouldBe("fr,true");
        (await bot.SendAsync("source", CommandBot.Sub("list"), guild)).Text.ShouldContain("**nouvelles** · active · language: fr · full text · " + url);
        (await bot.SendAsync("source", CommandBot.Sub("status", ("name", "nouvelles")), guild, locale: "fr")).Text.ShouldContain("langue : fr · texte intégral");

        // Paused after failing too long: /source resume, as the notice says, lifts it and makes the feed due at once.
        await bot.ScalarAsync<int>($"UPDATE sources SET paused_at = now(), paused_reason = 'failed for a day' WHERE url = '{url}' RETURNING 1");
        (await bot.SendAsync("source", CommandBot.Sub("list"), guild)).Text.ShouldContain("paused (failed for a day)");
        (await bot.SendAsync("source", CommandBot.Sub("resume", ("name", "nouvelles")), guild)).Text.ShouldContain("resumed");
        (await bot.ScalarAsync<bool>($"SELECT paused_at IS NULL AND paused_reason IS NULL AND error_streak = 0 FROM sources WHERE url = '{url}'")).ShouldBeTrue();
        (await bot.SendAsync("source", CommandBot.Sub("resume", ("name", "nouvelles")), guild)).Text.ShouldContain("already active");
    }

    [Theory]
    [InlineData("en-US", "language is one of ar, fr, en, ru, zh, es, de (got “xx”).")]
    [InlineData("fr", "language vaut l’une de ces langues : ar, fr, en, ru, zh, es, de (reçu « xx »).")]
    [InlineData("ar", "language واحدة من ar, fr, en, ru, zh, es, de (المُدخل: «xx»).")]
    public async Task SourceAdd_UnknownLanguage_SaysWhichInTheUsersLanguage(string locale, string expected)
    {
        const ulong guild = 1_100_000_000_000_003_401;

        var reply = await bot.SendAsync("source", CommandBot.Sub("add", ("url", "https://example.com/feed"), ("language", "xx")), guild, locale: locale);

        reply.Content.ShouldBe(expected);
        reply.Ephemeral.ShouldBeTrue();
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM source_subscriptions WHERE guild_id = {guild}")).ShouldBe(0);
    }

    [Fact]
    public async Task SourceAddAndWatchAdd_FromNothing_AlertInTheChannelAndNotForAGuildWithoutTheSource()
    {
        const ulong guild = 1_100_000_000_000_003_201;
        const ulong other = 1_100_000_000_000_003_202;
        const ulong channel = 1_200_000_000_000_003_201;
        const ulong otherChannel = 1_200_000_000_000_003_202;
        bot.Discord.AddChannel(channel, guild);
        bot.Discord.AddChannel(otherChannel, other);
        var path = "/wombat-" + Guid.NewGuid().ToString("N") + ".xml";
        bot.Feeds.Serve(path, RssFeed.Create("Wombat Wire", new RssFeed.Item(
            "wombat-1", "Wombatware hackers hit the port", "A cyber attack by the Wombatware group stopped the port's systems. Hackers were blamed.",
            "https://example.com/wombat-1", TimeProvider.System.GetUtcNow().AddMinutes(-10))));
        const string query = "wombatware AND topic:cyber";
        await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "Wombats"), ("query", query), ("channel", channel.ToString(CultureInfo.InvariantCulture))), guild);
        await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "Wombats"), ("query", query), ("channel", otherChannel.ToString(CultureInfo.InvariantCulture))), other);

        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", bot.Feeds.Url(path).AbsoluteUri), ("name", "wombat-wire")), guild)).Text.ShouldContain("added");

        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        while (!bot.Discord.Messages.Any(m => m.ChannelId == channel))
        {
            await Task.Delay(100, deadline.Token);
        }

        var embed = bot.Discord.Messages.Single(m => m.ChannelId == channel).Embeds!.ShouldHaveSingleItem()!.AsObject();
        embed["title"]!.GetValue<string>().ShouldBe("Wombatware hackers hit the port");
        embed["fields"]!.AsArray().OfType<JsonObject>().ShouldContain(f => f["name"]!.GetValue<string>() == "Source");
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM alerts WHERE guild_id = {other}")).ShouldBe(0);
        bot.Discord.Messages.ShouldNotContain(m => m.ChannelId == otherChannel);
        (await bot.SendAsync("watch", CommandBot.Sub("test", ("query", query)), other)).Text.ShouldContain("0 of the");
        (await bot.SendAsync("watch", CommandBot.Sub("test", ("query", query)), guild)).Text.ShouldContain("1 of the");
    }
}
