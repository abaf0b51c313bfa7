using Bot.Feeds.Fetching;
using Bot.Host.Fetching;
using Bot.Host.Hosting;
using Bot.Storage.Migrations;
using Bot.Storage.Sources;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Host.IntegrationTests.Polling;

/// <summary>Politeness across replicas: the bot books each host's turns in the database, and in-process while it cannot.</summary>
public sealed class HostTurnTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task AddBot_TwoHostsOnOneDatabase_ShareEachHostsSpacing()
    {
        var token = TestContext.Current.CancellationToken;
        using var first = CreateHost();
        using var second = CreateHost();
        await first.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(token);
        var host = "shared-" + Guid.NewGuid().ToString("N") + ".example";

        var firstBook = first.Services.GetRequiredService<IHostTurnBook>();
        var secondBook = second.Services.GetRequiredService<IHostTurnBook>();

        firstBook.ShouldBeOfType<SharedHostTurnBook>();
        (await firstBook.BookAsync(host, Spacing, token)).ShouldBe(TimeSpan.Zero);
        (await secondBook.BookAsync(host, Spacing, token)).ShouldBeGreaterThan(Spacing - TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task BookAsync_DatabaseUnreachable_BooksInThisProcessAndSaysSo()
    {
        var token = TestContext.Current.CancellationToken;
        // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
        await using var unreachable = NpgsqlDataSource.Create("Host=127.0.0.1;Port=9;Username=bot;Password=not-logged;Timeout=2");
        var logs = new LogCapture();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var book = new SharedHostTurnBook(new HostTurnStore(unreachable), new LocalHostTurnBook(TimeProvider.System), factory.CreateLogger<SharedHostTurnBook>());

        var firstWait = await book.BookAsync("fallback.example", Spacing, token);
        var secondWait = await book.BookAsync("fallback.example", Spacing, token);

        firstWait.ShouldBe(TimeSpan.Zero);
        secondWait.ShouldBeGreaterThan(Spacing - TimeSpan.FromSeconds(10));
        var entry = logs.Entries.First(e => e.EventId.Name == "HostTurnBookedLocally");
        entry.Message.ShouldContain("fallback.example");
        entry.Message.ShouldNotContain("not-logged");
    }

    private Microsoft.Extensions.Hosting.IHost CreateHost()
    {
        var arguments = BotArguments.For(new Uri("http://127.0.0.1:9/feed.xml"), database.ConnectionString, "turns-" + Guid.NewGuid().ToString("N"));
        return BotApplication.CreateHost(BotConfiguration.Build(arguments), database.ConnectionString, null);
    }
}
