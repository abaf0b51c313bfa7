using Bot.Host.Hosting;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary>The <c>bot</c> executable as an operator runs it.</summary>
public sealed class CommandLineTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Uri UnusedFeed = new("http://127.0.0.1:9/feed.xml");

    [Theory]
    [InlineData("--Bot:Sources:0:Url=ftp://example.com/feed", "Bot:Sources:0:Url must be an absolute http or https URL")]
    [InlineData("--Bot:Polling:DefaultInterval=00:00:00", "Bot:Polling:DefaultInterval must be between")]
    [InlineData("--Bot:Http:AttemptTimeout=00:05:00", "Bot:Http:AttemptTimeout must be positive and no longer than Bot:Http:Timeout")]
    [InlineData("--Bot:Scheduling:DeliveryInterval=soon", "Bot:Scheduling:DeliveryInterval")]
    public async Task Run_InvalidSetting_StopsWithMessageNamingIt(string setting, string expected)
    {
        var arguments = BotArguments.For(UnusedFeed, "Host=127.0.0.1;Port=9;Password=never-shown");
        arguments.Add(setting);
        await using var bot = BotProcess.Start(["run", .. arguments]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.ConfigurationError);
        string.Join('\n', bot.Errors.Lines).ShouldContain(expected);
    }

    [Fact]
    public async Task Run_DatabaseUnreachable_ExitsUnavailableWithoutLeakingPassword()
    {
        await using var bot = BotProcess.Start(["run", .. BotArguments.For(UnusedFeed, "Host=127.0.0.1;Port=9;Username=bot;Password=s3cret-pass")]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.DatabaseUnavailable);
        var everything = string.Join('\n', bot.Errors.Lines.Concat(bot.Output.Lines));
        everything.ShouldContain("Could not use PostgreSQL");
        everything.ShouldNotContain("s3cret-pass");
    }

    [Fact]
    public async Task DbMigrate_FreshDatabase_AppliesSchemaAndExits()
    {
        await using var bot = BotProcess.Start(["db", "migrate", $"--ConnectionStrings:Postgres={database.ConnectionString}"]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        (await database.ScalarAsync<int>("SELECT max(version) FROM schema_migrations")).ShouldBe(Bot.Storage.Migrations.DatabaseMigrator.LatestVersion);
    }

    [Fact]
    public async Task Help_ListsTheVerbs()
    {
        await using var bot = BotProcess.Start(["--help"]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0);
        var help = string.Join('\n', bot.Output.Lines);
        help.ShouldContain("run");
        help.ShouldContain("db");
        help.ShouldContain("sources");
    }
}
