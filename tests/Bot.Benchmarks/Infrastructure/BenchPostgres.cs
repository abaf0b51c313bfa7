using Bot.TestKit;
using Npgsql;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// The PostgreSQL server the scenarios use: the one named by <c>BOT_BENCH_POSTGRES</c> (a connection string allowed
/// to create databases), else the test kit's (<c>BOT_TEST_POSTGRES</c>, else a throwaway cluster started from the
/// local binaries, with fsync off). Each scenario gets a database of its own, dropped at the end.
/// </summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    public const string EnvironmentVariable = "BOT_BENCH_POSTGRES";

    private readonly PostgresServer _server = new();
    private readonly List<string> _databases = [];

    private BenchPostgres(string description) => Description = description;

    /// <summary>Which server this is, for the report.</summary>
    public string Description { get; }

    public static async Task<BenchPostgres> StartAsync()
    {
        string description;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            // The test kit reads its own variable; setting it in this process only is how it learns ours.
            Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, configured);
            description = $"server from {EnvironmentVariable}";
        }
        else
        {
            description = Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable) is { Length: > 0 }
                ? $"server from {PostgresServer.EnvironmentVariable}"
                : "throwaway local cluster (fsync off, as the tests run it)";
        }

        var postgres = new BenchPostgres(description);
        await postgres._server.InitializeAsync();
        using (var connection = new NpgsqlConnection(postgres._server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var version = new NpgsqlCommand("SHOW server_version", connection);
            postgres.Version = (string?)await version.ExecuteScalarAsync() ?? "?";
        }

        return postgres;
    }

    /// <summary>The server's version, for the report.</summary>
    public string Version { get; private set; } = "?";

    /// <summary>Creates an empty database named after <paramref name="scenario"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string scenario)
    {
        var name = $"bench_{scenario}_{Guid.NewGuid():N}"[..40];
        _databases.Add(name);
        return await _server.CreateDatabaseAsync(name);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _databases)
        {
            await _server.DropDatabaseAsync(name);
        }

        await _server.DisposeAsync();
    }
}
