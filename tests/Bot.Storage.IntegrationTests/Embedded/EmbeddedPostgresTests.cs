using System.Runtime.Versioning;
using Bot.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bot.Storage.IntegrationTests.Embedded;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task StartAsync_PersistentFolder_KeepsDataAcrossRestartsAndStopsServer()
    {
        var token = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "bot-embedded-" + Guid.NewGuid().ToString("N"));
        var options = new EmbeddedPostgresOptions { DataDirectory = folder };
        try
        {
            await using (var first = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance, token))
            {
                await ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
            }

            File.Exists(Path.Combine(folder, "cluster", "postmaster.pid")).ShouldBeFalse("the server must be stopped on dispose");

            await using var second = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance, token);
            (await ScalarAsync(second.ConnectionString, "SELECT value FROM kept")).ShouldBe("still here");
            new NpgsqlConnectionStringBuilder(second.ConnectionString).Host.ShouldBe("127.0.0.1");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task StartAsync_ServerLeftRunningByKilledBot_TakesOverTheFolder()
    {
        var token = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "bot-embedded-" + Guid.NewGuid().ToString("N"));
        var options = new EmbeddedPostgresOptions { DataDirectory = folder };
        try
        {
            // The first instance stands for a bot killed with SIGKILL: its server is never stopped by it.
            await using var orphaned = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance, token);
            await ExecuteAsync(orphaned.ConnectionString, "CREATE TABLE survived (id int)");

            await using var restarted = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance, token);

            (await ScalarAsync(restarted.ConnectionString, "SELECT count(*) FROM survived")).ShouldBe(0L);
            await Should.ThrowAsync<NpgsqlException>(() => ExecuteAsync(orphaned.ConnectionString, "SELECT 1"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TryLocate_NoBinariesAnywhere_ReturnsNull() =>
        PostgresBinaries.TryLocate(path: "/nonexistent-bin", debianRoot: "/nonexistent-root").ShouldBeNull();

    [Fact]
    public void TryLocate_LocalInstallation_FindsAllThreePrograms()
    {
        var binaries = PostgresBinaries.TryLocate(Environment.GetEnvironmentVariable("PATH"), "/usr/lib/postgresql");

        binaries.ShouldNotBeNull("the tests need the PostgreSQL server package");
        File.Exists(binaries.InitDb).ShouldBeTrue();
        File.Exists(binaries.PgCtl).ShouldBeTrue();
    }

    [Fact]
    public void MissingMessage_SaysHowToFixIt()
    {
        PostgresBinaries.MissingMessage.ShouldContain("apt-get install postgresql");
        PostgresBinaries.MissingMessage.ShouldContain("ConnectionStrings:Postgres");
    }

    [Theory]
    [InlineData("relative/path", "DataDirectory")]
    [InlineData("/tmp/ok", null)]
    public void Validate_DataDirectory_MustBeAbsolute(string folder, string? failingKey)
    {
        var result = new EmbeddedPostgresOptionsValidator().Validate(null, new EmbeddedPostgresOptions { DataDirectory = folder });

        if (failingKey is null)
        {
            result.Succeeded.ShouldBeTrue();
        }
        else
        {
            result.FailureMessage!.ShouldContain("Bot:Storage:Embedded:" + failingKey);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
