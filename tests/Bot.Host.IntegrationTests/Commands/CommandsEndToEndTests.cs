using System.Globalization;
using System.Text.Json.Nodes;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary>From nothing to an alert in a channel, by slash commands only, through the fake Discord; then <c>/alerts recent</c>.</summary>
public sealed class CommandsEndToEndTests(CommandBot bot) : IClassFixture<CommandBot>
{
    private const ulong Guild = 1_100_000_000_000_002_001;
    private const ulong Channel = 1_200_000_000_000_002_001;
    private const ulong Role = 1_200_000_000_000_002_002;

    [Fact]
    public async Task WatchAdd_ThenAMatchingArticle_AlertEmbedArrivesInTheRulesChannel()
    {
        bot.Discord.AddChannel(Channel, Guild);
        const string query = "quokkaware AND topic:cyber";

        var added = await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "Quokka watch"), ("query", query), ("channel", Channel.ToString(CultureInfo.InvariantCulture)), ("mention_role", Role.ToString(CultureInfo.InvariantCulture))), Guild);
        added.Text.ShouldContain("added");
        var before = await bot.SendAsync("watch", CommandBot.Sub("test", ("query", query)), Guild);
        before.Text.ShouldContain("0 of the");

        bot.Feeds.Serve("/live.xml", RssFeed.Create("Live", new RssFeed.Item(
            "quokka-1",
            "Quokkaware hackers hit the ministry",
            "A cyber attack by the Quokkaware group paralysed the ministry's network. Officials blamed hackers.",
            "https://example.com/live/quokka-1",
            TimeProvider.System.GetUtcNow().AddMinutes(-5))));

        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        while (!bot.Discord.Messages.Any(m => m.ChannelId == Channel))
        {
            await Task.Delay(100, deadline.Token);
        }

        var message = bot.Discord.Messages.Single(m => m.ChannelId == Channel);
        message.Content.ShouldBe($"<@&{Role}>");
        var embed = message.Embeds!.ShouldHaveSingleItem()!.AsObject();
        embed["title"]!.GetValue<string>().ShouldBe("Quokkaware hackers hit the ministry");
        embed["fields"]!.AsArray().OfType<JsonObject>().ShouldContain(f => f["name"]!.GetValue<string>() == "Rule" && f["value"]!.GetValue<string>() == "Quokka watch");

        var after = await bot.SendAsync("watch", CommandBot.Sub("test", ("query", query)), Guild);
        after.Text.ShouldContain("1 of the");
        after.Text.ShouldContain("> ");
        after.Text.ShouldContain("Quokkaware hackers hit the ministry · live");

        var recent = await bot.SendAsync("alerts", CommandBot.Sub("recent"), Guild, CommandBot.NoManageServer);
        recent.Text.ShouldContain("[Quokkaware hackers hit the ministry](https://example.com/live/quokka-1)");
        recent.Text.ShouldContain("Quokka watch · live · ");
        (await bot.SendAsync("alerts", CommandBot.Sub("recent", ("rule", "quokka WATCH")), Guild)).Text.ShouldContain("Quokkaware hackers");
        (await bot.SendAsync("alerts", CommandBot.Sub("recent", ("rule", "other")), Guild, locale: "fr")).Content.ShouldBe("La règle « other » n’a encore aucune alerte.");
        (await bot.SendAsync("alerts", CommandBot.Sub("recent"), Guild + 1, locale: "ar")).Content.ShouldBe("لا توجد تنبيهات في هذا الخادم بعد.");
        (await bot.SendAsync("alerts", CommandBot.Focused("recent", "rule", "quo"), Guild, type: 4)).Choices.ShouldBe(["Quokka watch"]);
    }
}
