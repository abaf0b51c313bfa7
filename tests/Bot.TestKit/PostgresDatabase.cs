using Npgsql;
using Xunit;

namespace Bot.TestKit;

/// <summary>A fresh, empty database for one test class (a class fixture), dropped afterwards.</summary>
public sealed class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    private readonly string _name = "test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; private set; } = string.Empty;

    public PostgresServer Server => server;

    public async ValueTask InitializeAsync() => ConnectionString = await server.CreateDatabaseAsync(_name);

    public async ValueTask DisposeAsync() => await server.DropDatabaseAsync(_name);

    /// <summary>A data source over this database; the caller disposes it.</summary>
    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    /// <summary>Runs a scalar query, for assertions.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var dataSource = CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
