using Bot.Core.Sources;
using Bot.Host.Scheduling;
using Bot.Host.Watching;
using Bot.Storage;
using Bot.Storage.Migrations;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.IntegrationTests.Scheduling;

/// <summary>Start-up makes the database the source list: configured, starter and imported sources.</summary>
public sealed class SourceScheduleSynchronizerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ISourceStore Sources => _services.GetRequiredService<ISourceStore>();

    public async ValueTask InitializeAsync()
    {
        // Quartz in memory, never started: the synchronizer only removes legacy per-source jobs from it.
        _services = new ServiceCollection()
            .AddLogging()
            .AddStorage(database.ConnectionString, migrateOnStart: false)
            .AddQuartz(quartz => quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = "sync-" + Guid.NewGuid().ToString("N")))
            .BuildServiceProvider();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Token);
        await using var dataSource = database.CreateDataSource();
        await using var truncate = dataSource.CreateCommand("TRUNCATE sources CASCADE");
        await truncate.ExecuteNonQueryAsync(Token);
    }

    [Fact]
    public void Starter_ShipsTwentyFeedsInEverySupportedLanguage()
    {
        var starter = OpmlSources.Starter();

        starter.Count.ShouldBeGreaterThanOrEqualTo(20);
        starter.Select(o => o.Language).Distinct().ShouldBe(["ar", "de", "en", "es", "fr", "ru", "zh"], ignoreOrder: true);
        starter.ShouldContain(o => o.Category == "Cyber-security");
        starter.ShouldAllBe(o => o.FeedUrl.Scheme == Uri.UriSchemeHttps);
        OpmlSources.ToSources(starter, TimeSpan.FromMinutes(5)).Select(s => s.Name).ShouldBeUnique();
    }

    [Fact]
    public async Task StartAsync_NothingConfiguredOrImported_SavesTheStarterList()
    {
        await CreateSut([]).StartAsync(Token);

        var listings = await Sources.ListAsync(Token);
        listings.Count.ShouldBe(OpmlSources.Starter().Count);
        listings.ShouldAllBe(l => l.Origin == SourceOrigin.Starter && l.Enabled);
        listings.ShouldContain(l => l.Stored.Source.Name == "bbc-arabic");
    }

    [Fact]
    public async Task StartAsync_SourcesConfiguredLater_RetiresStarterAndKeepsImports()
    {
        await CreateSut([]).StartAsync(Token);
        await Sources.SaveAsync(new FeedSource("newsroom-list", new Uri("https://example.com/newsroom.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Import, Token);

        await CreateSut([new SourceOptions { Name = "mine", Url = new Uri("https://example.com/mine.xml") }]).StartAsync(Token);

        var enabled = (await Sources.ListAsync(Token)).Where(l => l.Enabled).Select(l => l.Stored.Source.Name);
        enabled.ShouldBe(["mine", "newsroom-list"], ignoreOrder: true);
    }

    [Fact]
    public async Task StartAsync_ImportedSourcesAndNothingConfigured_UsesNoStarter()
    {
        await Sources.SaveAsync(new FeedSource("imported", new Uri("https://example.com/imported.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Import, Token);

        await CreateSut([]).StartAsync(Token);

        (await Sources.ListAsync(Token)).Select(l => l.Stored.Source.Name).ShouldBe(["imported"]);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private SourceScheduleSynchronizer CreateSut(List<SourceOptions> configured) => new(
        _services.GetRequiredService<ISchedulerFactory>(),
        Sources,
        Options.Create(new WatchListOptions { Sources = configured }),
        Options.Create(new PollingOptions()),
        NullLogger<SourceScheduleSynchronizer>.Instance);
}
