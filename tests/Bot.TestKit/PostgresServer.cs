using Bot.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Bot.TestKit;

/// <summary>
/// The PostgreSQL server a test assembly uses: the one named by <c>BOT_TEST_POSTGRES</c> (a connection string
/// with rights to create databases) when set, otherwise a throwaway cluster started from the local binaries.
/// Register it with <c>[assembly: AssemblyFixture(typeof(PostgresServer))]</c>. It never skips: without a server
/// the tests fail, saying how to provide one.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "BOT_TEST_POSTGRES";
    private EmbeddedPostgres? _cluster;

    /// <summary>Connection string with rights to create and drop databases.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            AdminConnectionString = configured;
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            throw new InvalidOperationException($"Set {EnvironmentVariable} to a PostgreSQL connection string to run these tests on Windows.");
        }

        try
        {
            _cluster = await EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "bot-tests-" + Guid.NewGuid().ToString("N")), Database = "postgres" },
                NullLogger.Instance,
                TestContext.Current.CancellationToken,
                EmbeddedPostgresLifetime.Throwaway);
        }
        catch (EmbeddedPostgresException ex)
        {
            throw new InvalidOperationException($"No PostgreSQL for the tests: set {EnvironmentVariable} or install the postgresql package. {ex.Message}", ex);
        }

        AdminConnectionString = _cluster.ConnectionString;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database, disconnecting whoever still uses it.</summary>
    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null && !OperatingSystem.IsWindows())
        {
            await _cluster.DisposeAsync();
        }
    }
}
