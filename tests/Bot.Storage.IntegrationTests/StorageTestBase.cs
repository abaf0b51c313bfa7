using Bot.Core.Sources;
using Bot.Storage.Migrations;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Storage.IntegrationTests;

/// <summary>A migrated database per test class and the storage services over it.</summary>
public abstract class StorageTestBase(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private ServiceProvider? _services;

    protected PostgresDatabase Database => database;

    protected IServiceProvider Services => _services!;

    public async ValueTask InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddStorage(database.ConnectionString, migrateOnStart: false)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<long> AddSourceAsync(string name) =>
        await Services.GetRequiredService<ISourceStore>().SaveAsync(
            new FeedSource(name, new Uri($"https://example.com/{name}.xml"), TimeSpan.FromMinutes(5)), TestContext.Current.CancellationToken);
}
