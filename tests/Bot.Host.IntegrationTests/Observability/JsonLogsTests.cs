using System.Text.Json;
using Bot.Host.Hosting;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary>Logs on standard error: readable lines by default, JSON lines with <c>Logging:Console:FormatterName=json</c>.</summary>
public sealed class JsonLogsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task DbMigrate_JsonFormatter_WritesOneJsonObjectPerLine()
    {
        await using var bot = BotProcess.Start(
            ["db", "migrate", $"--ConnectionStrings:Postgres={database.ConnectionString}"],
            new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "json" });

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        bot.Errors.Lines.ShouldNotBeEmpty();
        var entries = bot.Errors.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        foreach (var entry in entries)
        {
            entry.GetProperty("LogLevel").GetString().ShouldNotBeNullOrEmpty();
            entry.GetProperty("Category").GetString().ShouldNotBeNullOrEmpty();
            entry.GetProperty("Message").GetString().ShouldNotBeNull();
        }

        entries.ShouldContain(entry => entry.GetProperty("Category").GetString() == "Bot.Storage.Migrations.DatabaseMigrator");
    }

    [Fact]
    public async Task DbMigrate_DefaultFormatter_WritesReadableLines()
    {
        await using var bot = BotProcess.Start(["db", "migrate", $"--ConnectionStrings:Postgres={database.ConnectionString}"]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        bot.Errors.Lines.ShouldNotBeEmpty();
        bot.Errors.Lines.ShouldAllBe(line => !line.StartsWith('{'));
        bot.Errors.Lines.ShouldContain(line => line.Contains("info: Bot.Storage.Migrations.DatabaseMigrator", StringComparison.Ordinal));
    }
}
