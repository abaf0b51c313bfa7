using Bot.Storage.Migrations;
using Bot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Storage.IntegrationTests.Migrations;

// Each test migrates a database of its own: the point is what happens to an empty schema.
public sealed class DatabaseMigratorTests(PostgresServer server)
{
    [Fact]
    public async Task MigrateAsync_ManyReplicasAtOnce_AppliesEachMigrationExactlyOnce()
    {
        var token = TestContext.Current.CancellationToken;
        await using var database = await FreshDatabaseAsync();
        var dataSources = Enumerable.Range(0, 4).Select(_ => database.CreateDataSource()).ToList();
        try
        {
            var applied = await Task.WhenAll(dataSources.Select(source =>
                new DatabaseMigrator(source, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(token)));

            var expected = MigrationCatalog.Load().Count;
            applied.Sum().ShouldBe(expected);
            (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).ShouldBe(expected);
            (await database.ScalarAsync<int>("SELECT max(version) FROM schema_migrations")).ShouldBe(DatabaseMigrator.LatestVersion);
        }
        finally
        {
            foreach (var source in dataSources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_SchemaUpToDate_AppliesNothingAndReleasesLock()
    {
        var token = TestContext.Current.CancellationToken;
        await using var database = await FreshDatabaseAsync();
        await using var dataSource = database.CreateDataSource();
        var migrator = new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync(token);

        (await migrator.MigrateAsync(token)).ShouldBe(0);
        (await database.ScalarAsync<long>($"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = {DatabaseMigrator.AdvisoryLockKey & 0xFFFFFFFF} AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).ShouldBe(0);
    }

    [Fact]
    public void Load_EmbeddedScripts_AreOrderedAndNamed()
    {
        var migrations = MigrationCatalog.Load();

        migrations.ShouldNotBeEmpty();
        migrations.Select(m => m.Version).ShouldBe(migrations.Select(m => m.Version).Order());
        migrations[0].Name.ShouldBe("initial");
        migrations[0].Sql.ShouldContain("CREATE TABLE articles");
    }

    private async Task<PostgresDatabase> FreshDatabaseAsync()
    {
        var database = new PostgresDatabase(server);
        await database.InitializeAsync();
        return database;
    }
}
