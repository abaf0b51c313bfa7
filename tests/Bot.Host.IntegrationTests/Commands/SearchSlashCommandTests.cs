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

    // /search has no subcommands: its options are top level.
    private static JsonArray Parameters(params (string Name, object Value)[] parameters) =>
        CommandBot.Sub("search", parameters)[0]!["options"]!.AsArray().DeepClone().AsArray();
}
