using System.Text.Json.Nodes;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary><c>/search</c> over the seed corpus through the fake Discord: filters, pages, validation.</summary>
public sealed class SearchSlashCommandTests(CommandBot bot) : IClassFixture<CommandBot>
{
    private const ulong Guild = 1_100_000_000_000_004_001;

    [Fact]
    public async Task Search_Member_FindsSeedArticlesByConceptLanguageAndSourceFiveAPage()
    {
        var all = await bot.SendAsync("search", Parameters(("query", "topic:cyber OR topic:election")), Guild, CommandBot.NoManageServer);
        var french = await bot.SendAsync("search", Parameters(("query", "topic:election"), ("language", "fr"), ("source", "SEEDS")), Guild, CommandBot.NoManageServer);
        var arabic = await bot.SendAsync("search", Parameters(("query", "actor:russia"), ("language", "ar"), ("page", 9L)), Guild, CommandBot.NoManageServer, "fr");

        all.Text.ShouldContain($"{bot.SeedCount} result(s) in the last 7 day(s), page 1 of 1");
        all.Text.ShouldContain("](https://example.com/seeds/");
        french.Text.ShouldContain("1 result(s) in the last 7 day(s), page 1 of 1");
        french.Text.ShouldContain("fr-en-marche-piratage");
        arabic.Text.ShouldContain("2 résultat(s) ces 7 derniers jours, page 1 sur 1");
        arabic.Text.ShouldContain("seeds · ar · ");
    }

    [Theory]
    [InlineData("en-US", "page must be a whole number from 1 to 100 (got 0).", "Nothing matched in the last 7 day(s).")]
    [InlineData("fr", "page doit être un nombre entier de 1 à 100 (reçu 0).", "Rien n’a correspondu ces 7 derniers jours.")]
    [InlineData("ar", "يجب أن تكون page عددًا صحيحًا من 1 إلى 100 (المُدخل: 0).", "لم يطابق شيء خلال آخر 7 يوم.")]
    public async Task Search_BadPageOrNothingFound_SaysSoInTheUsersLanguage(string locale, string badPage, string nothing)
    {
        (await bot.SendAsync("search", Parameters(("query", "cyber"), ("page", 0L)), Guild, locale: locale)).Content.ShouldBe(badPage);
        (await bot.SendAsync("search", Parameters(("query", "\"zzz nothing here\"")), Guild, locale: locale)).Content.ShouldBe(nothing);
    }

    [Fact]
    public async Task Search_ThreePages_NextAndPreviousButtonsUpdateTheMessageInPlace()
    {
        var now = TimeProvider.System.GetUtcNow();
        bot.Feeds.Serve("/live.xml", Bot.TestKit.RssFeed.Create("Live", [.. Enumerable.Range(1, 12).Select(i => new Bot.TestKit.RssFeed.Item(
            $"zorblax-{i}", $"Zorblax report {i:00}", "The zorblax affair goes on.", $"https://example.com/zorblax-{i}", now.AddMinutes(-i)))]));
        await CommandBot.WaitForAsync(async () => await bot.ScalarAsync<long>("SELECT count(*) FROM articles WHERE title LIKE 'Zorblax report%'") == 12);

        var first = await bot.SendAsync("search", Parameters(("query", "zorblax")), Guild, CommandBot.NoManageServer);
        first.Text.ShouldContain("12 result(s) in the last 7 day(s), page 1 of 3");
        first.Buttons.ShouldBe([("search:1:1::::zorblax", "Previous", true), ("search:1:2::::zorblax", "Next", false)]);

        var second = await bot.ClickAsync("search:1:2::::zorblax", first.Message, Guild, "fr");
        second.CallbackType.ShouldBe(7);
        second.Text.ShouldContain("12 résultat(s) ces 7 derniers jours, page 2 sur 3");
        second.Buttons.ShouldBe([("search:1:1::::zorblax", "Précédent", false), ("search:1:3::::zorblax", "Suivant", false)]);
        second.Interaction.Message!["embeds"]![0]!["title"]!.GetValue<string>().ShouldContain("page 2 sur 3");
        second.Interaction.Message!["content"]!.GetValue<string>().ShouldBeEmpty();

        var third = await bot.ClickAsync("search:1:3::::zorblax", second.Message, Guild);
        third.Text.ShouldContain("page 3 of 3");
        // Each article is on exactly one page: 5, 5 and 2 of them.
        string[][] pages = [Titles(first), Titles(second), Titles(third)];
        pages.Select(p => p.Length).ShouldBe([5, 5, 2]);
        pages.SelectMany(p => p).Distinct().Count().ShouldBe(12);
        third.Buttons.ShouldBe([("search:1:2::::zorblax", "Previous", false), ("search:1:3::::zorblax", "Next", true)]);

        var filtered = await bot.SendAsync("search", Parameters(("query", "zorblax"), ("days", 3L), ("language", "en"), ("source", "live"), ("page", 2L)), Guild, CommandBot.NoManageServer);
        filtered.Buttons.Select(b => b.CustomId).ShouldBe(["search:1:1:3:en:live:zorblax", "search:1:3:3:en:live:zorblax"]);
        var longQuery = await bot.SendAsync("search", Parameters(("query", "zorblax OR \"" + new string('q', 90) + "\"")), Guild, CommandBot.NoManageServer);
        longQuery.Text.ShouldContain("page 1 of 3");
        longQuery.Buttons.ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchButton_ClickedInAnotherGuild_SearchesThatGuildsArticlesNotTheOnesOfTheMessage()
    {
        const ulong owner = 1_100_000_000_000_004_101;
        const ulong other = 1_100_000_000_000_004_102;
        var now = TimeProvider.System.GetUtcNow();
        bot.Feeds.Serve("/own-quux.xml", Bot.TestKit.RssFeed.Create("Own Quux", [.. Enumerable.Range(1, 7).Select(i => new Bot.TestKit.RssFeed.Item(
            $"quux-{i}", $"Quuxinet leak {i}", "The quuxinet files.", $"https://example.com/quux-{i}", now.AddMinutes(-i)))]));
        (await bot.SendAsync("source", CommandBot.Sub("add", ("url", bot.Feeds.Url("/own-quux.xml").AbsoluteUri), ("name", "own-quux"), ("interval", 1L)), owner)).Text.ShouldContain("added");
        await CommandBot.WaitForAsync(async () => await bot.ScalarAsync<long>("SELECT count(*) FROM articles WHERE title LIKE 'Quuxinet leak%'") == 7);

        var first = await bot.SendAsync("search", Parameters(("query", "quuxinet")), owner, CommandBot.NoManageServer);
        var elsewhere = await bot.ClickAsync("search:1:2::::quuxinet", first.Message, other);
        var here = await bot.ClickAsync("search:1:2::::quuxinet", first.Message, owner);

        first.Text.ShouldContain("7 result(s) in the last 7 day(s), page 1 of 2");
        elsewhere.CallbackType.ShouldBe(7);
        elsewhere.Content.ShouldBe("Nothing matched in the last 7 day(s).");
        elsewhere.Interaction.Message!["components"]!.AsArray().ShouldBeEmpty();
        elsewhere.Interaction.Message!["embeds"]!.AsArray().ShouldBeEmpty();
        here.Text.ShouldContain("7 result(s) in the last 7 day(s), page 2 of 2");
    }

    [Theory]
    [InlineData("en-US", "This button does not work any more; run /search again.")]
    [InlineData("fr", "Ce bouton ne fonctionne plus ; relancez /search.")]
    [InlineData("ar", "هذا الزر لم يعد يعمل؛ شغّل /search من جديد.")]
    public async Task SearchButton_ForgedOrStaleCustomId_RefusedEphemerallyAndTheMessageKept(string locale, string refusal)
    {
        var message = new JsonObject { ["content"] = "kept" };
        string[] forged =
        [
            "search:2:2::::cyber", "search:1:0::::cyber", "search:1:101::::cyber", "search:1:-1::::cyber", "search:1:2:0:::cyber",
            "search:1:2::english:::cyber", "search:1:2:::bad source:cyber", "search:1:2::::", "search:1:2:::", "search:1:2::::  ",
        ];

        foreach (var customId in forged)
        {
            var answer = await bot.ClickAsync(customId, message, Guild, locale);

            answer.CallbackType.ShouldBe(4, customId);
            answer.Ephemeral.ShouldBeTrue();
            answer.Content.ShouldBe(refusal);
            answer.Interaction.Message!["content"]!.GetValue<string>().ShouldBe("kept");
        }
    }

    [Fact]
    public async Task SearchButton_SlowSearch_DeferredUpdateWithinThreeSecondsThenTheMessageIsEdited()
    {
        var message = new JsonObject
        {
            ["content"] = "old page",
            ["components"] = new JsonArray(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "Next", ["custom_id"] = "search:1:2::::topic:cyber OR topic:election" }) }),
        };

        var answer = await bot.ClickAsync("search:1:2::::topic:cyber OR topic:election", message, CommandBot.SlowGuild);

        answer.CallbackType.ShouldBe(6);
        answer.Interaction.CallbackAfter!.Value.ShouldBeLessThan(3.0);
        var updated = answer.Interaction.Message!;
        updated["embeds"]![0]!["title"]!.GetValue<string>().ShouldContain("result(s) in the last 7 day(s), page 1 of 1");
        updated["components"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchButton_QueryThatNoLongerParses_RefusedWithTheSyntaxErrorNotAnUpdate()
    {
        var answer = await bot.ClickAsync("search:1:2::::topic:cyber ()", new JsonObject { ["content"] = "kept" }, Guild);

        answer.CallbackType.ShouldBe(4);
        answer.Ephemeral.ShouldBeTrue();
        answer.Content.ShouldStartWith("The query has a syntax error at position 14");
    }

    private static string[] Titles(Answer answer) =>
        [.. System.Text.RegularExpressions.Regex.Matches(answer.Text, @"Zorblax report \d\d").Select(m => m.Value)];

    // /search has no subcommands: its options are top level.
    private static JsonArray Parameters(params (string Name, object Value)[] parameters) =>
        CommandBot.Sub("search", parameters)[0]!["options"]!.AsArray().DeepClone().AsArray();
}
