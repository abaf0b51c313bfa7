using Bot.Core.Notices;
using Bot.Core.Watching;
using Bot.Storage.Outbox;
using Npgsql;

namespace Bot.Storage.Notices;

/// <summary>
/// The guild-notice outbox in <c>guild_notices</c>, claimed like alerts: a row lock in an open transaction, so
/// workers and replicas never hold the same notice, and a crash mid-post releases it for a retry that the nonce
/// makes harmless. Notices are few; oldest first is order enough.
/// </summary>
internal sealed class GuildNoticeOutbox(NpgsqlDataSource dataSource) : IGuildNoticeOutbox
{
    public async Task<IGuildNoticeClaim?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("""
                SELECT id, guild_id, channel_id, kind, subject, message, created_at, attempts
                FROM guild_notices
                WHERE delivered_at IS NULL AND failed_at IS NULL AND channel_id IS NOT NULL
                  AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
                ORDER BY id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """, connection, transaction);
            command.Parameters.AddWithValue("now", now.ToUniversalTime());
            GuildNotice? notice = null;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    notice = new GuildNotice(
                        reader.GetInt64(0),
                        GuildId.FromStored(reader.GetInt64(1)),
                        StoredIds.FromStored(reader.GetInt64(2)),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.GetString(5),
                        reader.GetFieldValue<DateTimeOffset>(6))
                    {
                        Attempts = reader.GetInt32(7),
                    };
                }
            }

            if (notice is null)
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            return new Claim(new OutboxRowClaim(connection, transaction, OutboxStatements.GuildNotices, notice.Id), notice);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Claim(OutboxRowClaim row, GuildNotice notice) : IGuildNoticeClaim
    {
        public GuildNotice Notice => notice;

        public Task MarkDeliveredAsync(ulong? messageId, CancellationToken cancellationToken) => row.MarkDeliveredAsync(messageId, cancellationToken);

        public Task MarkRetryAsync(string reason, DateTimeOffset retryAt, CancellationToken cancellationToken) => row.MarkRetryAsync(reason, retryAt, cancellationToken);

        public Task MarkFailedAsync(string reason, CancellationToken cancellationToken) => row.MarkFailedAsync(reason, cancellationToken);

        public ValueTask DisposeAsync() => row.DisposeAsync();
    }
}
