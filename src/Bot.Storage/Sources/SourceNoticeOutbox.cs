using Bot.Core.Sources;
using Npgsql;

namespace Bot.Storage.Sources;

/// <summary>
/// Source notices in <c>source_notices</c>. A claim is a short hold (<c>claimed_until</c>) rather than an open
/// transaction: notices are rare and a notice delivered twice after a crash is better than one never delivered.
/// </summary>
internal sealed class SourceNoticeOutbox(NpgsqlDataSource dataSource) : ISourceNoticeOutbox
{
    public async Task<SourceNotice?> ClaimNextAsync(TimeSpan hold, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE source_notices n SET claimed_until = now() + @hold
            FROM (
                SELECT id FROM source_notices
                WHERE delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until <= now())
                ORDER BY id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
            ) next, sources s
            WHERE n.id = next.id AND s.id = n.source_id
            RETURNING n.id, s.name, n.kind, n.message, n.created_at
            """);
        command.Parameters.AddWithValue("hold", hold);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SourceNotice(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4));
    }

    public async Task MarkDeliveredAsync(long noticeId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE source_notices SET delivered_at = now() WHERE id = @id");
        command.Parameters.AddWithValue("id", noticeId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
