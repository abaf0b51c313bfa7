using Npgsql;

namespace Bot.Storage.Outbox;

/// <summary>
/// One outbox row locked (<c>FOR UPDATE SKIP LOCKED</c>) in an open transaction: no other worker or replica can take
/// it until this claim commits an outcome or is disposed, which rolls back and releases it for another attempt.
/// </summary>
internal sealed class OutboxRowClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxStatements statements, long id) : IAsyncDisposable
{
    public Task MarkDeliveredAsync(ulong? messageId, CancellationToken cancellationToken) =>
        CompleteAsync(statements.Delivered, command => command.Parameters.AddWithValue("message", StoredIds.Nullable(messageId)), cancellationToken);

    public Task MarkRetryAsync(string reason, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        CompleteAsync(
            statements.Retry,
            command =>
            {
                command.Parameters.AddWithValue("reason", reason);
                command.Parameters.AddWithValue("retry", retryAt.ToUniversalTime());
            },
            cancellationToken);

    public Task MarkFailedAsync(string reason, CancellationToken cancellationToken) =>
        CompleteAsync(statements.Failed, command => command.Parameters.AddWithValue("reason", reason), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task CompleteAsync(string sql, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
