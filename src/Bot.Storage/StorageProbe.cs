using Npgsql;

namespace Bot.Storage;

/// <summary>Cheap, read-only questions for health checks and metrics. Each call uses one pooled connection.</summary>
public sealed class StorageProbe(NpgsqlDataSource dataSource)
{
    /// <summary>Opens a connection and runs a trivial query; throws <see cref="NpgsqlException"/> when the database cannot be used.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>The highest migration applied to the database, 0 when none is.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(version), 0) FROM schema_migrations");
        try
        {
            return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    /// <summary>Alerts waiting in the outbox; an index-only count over <c>alerts_pending_idx</c>.</summary>
    public async Task<long> CountPendingAlertsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM alerts WHERE delivered_at IS NULL AND failed_at IS NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
