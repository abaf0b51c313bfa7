using Bot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Host.IntegrationTests.Hosting;

public sealed class BotConfigurationTests
{
    [Fact]
    public void Build_CommandLine_OverridesShippedSettings()
    {
        var configuration = BotConfiguration.Build(["--Logging:LogLevel:Default=Debug", "--Bot:Polling:DefaultInterval=00:02:00"]);

        configuration["Logging:LogLevel:Default"].ShouldBe("Debug");
        configuration["Bot:Polling:DefaultInterval"].ShouldBe("00:02:00");
    }

    [Fact]
    public void Build_NothingConfigured_UsesThePresetRules()
    {
        var configuration = BotConfiguration.Build([]);

        // Sources are not configuration here: with none configured, the starter list is saved to the database.
        configuration.GetSection("Bot:Sources").GetChildren().ShouldBeEmpty();
        configuration.GetSection("Bot:Rules").GetChildren().Select(r => r["Preset"])
            .ShouldBe(["russia-denial", "china-denial", "election-hack", "accusation"]);
    }

    [Fact]
    public void Build_OwnSources_ReplaceDefaultSourcesButKeepDefaultRules()
    {
        var configuration = BotConfiguration.Build(["--Bot:Sources:0:Name=mine", "--Bot:Sources:0:Url=https://example.com/feed.xml"]);

        configuration.GetSection("Bot:Sources").GetChildren().Select(s => s["Name"]).ShouldBe(["mine"]);
        configuration.GetSection("Bot:Rules").GetChildren().ShouldNotBeEmpty();
    }

    [Fact]
    public void AliasedSettings_ShortVariables_MapToTheirSettings()
    {
        var environment = new System.Collections.Hashtable
        {
            ["BOT_POSTGRES"] = "Host=db;Password=x",
            ["BOT_DATA_DIR"] = "/srv/bot",
            ["BOT_UNRELATED"] = "ignored",
        };

        var settings = BotConfiguration.AliasedSettings(environment).ToDictionary();

        settings.ShouldBe(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Host=db;Password=x",
            ["Bot:Storage:Embedded:DataDirectory"] = "/srv/bot",
        });
    }

    [Fact]
    public void ValidateConfiguration_ExampleSettings_AreValid()
    {
        var example = Path.Combine(RepositoryRoot(), "appsettings.example.json");
        var configuration = new ConfigurationManager();
        configuration.AddJsonFile(example, optional: false);

        Should.NotThrow(() => BotApplication.ValidateConfiguration(configuration, null));
    }

    [Fact]
    public void ValidateConfiguration_BadSourceLanguageAndFullTextBounds_ReportsEachByKey()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Sources:0:Name"] = "a",
            ["Bot:Sources:0:Url"] = "https://example.com/a.xml",
            ["Bot:Sources:0:Language"] = "it",
            ["Bot:Sources:0:FullText"] = "true",
            ["Bot:FullText:MaxPagesPerPoll"] = "0",
            ["Bot:FullText:PageTimeout"] = "00:00:30",
            ["Bot:FullText:PollBudget"] = "00:00:10",
        });

        var messages = ConfigurationErrors.From(Should.Throw<Exception>(() => BotApplication.ValidateConfiguration(configuration, null)));

        messages.ShouldContain(m => m.StartsWith("Bot:Sources:0:Language must be one of ar, fr, en, ru, zh, es, de", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("Bot:FullText:MaxPagesPerPoll must be between 1 and 100", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("Bot:FullText:PollBudget must be at least Bot:FullText:PageTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateConfiguration_SeveralMistakes_ReportsEveryOneByKey()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Sources:0:Name"] = "has space",
            ["Bot:Sources:0:Url"] = "https://example.com/a.xml",
            ["Bot:Sources:1:Name"] = "ok",
            ["Bot:Sources:1:Url"] = "file:///etc/passwd",
            ["Bot:Rules:0:Name"] = "rule",
            ["Bot:Storage:Embedded:DataDirectory"] = "relative",
        });

        var error = Should.Throw<Exception>(() => BotApplication.ValidateConfiguration(configuration, null));
        var messages = ConfigurationErrors.From(error);

        messages.ShouldContain(m => m.StartsWith("Bot:Sources:0:Name", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("Bot:Sources:1:Url", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("Bot:Rules:0 must set exactly one of Query", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("Bot:Storage:Embedded:DataDirectory", StringComparison.Ordinal));
        (error is OptionsValidationException or AggregateException).ShouldBeTrue();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
