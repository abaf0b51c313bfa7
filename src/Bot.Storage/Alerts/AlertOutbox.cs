using Bot.Core.Alerts;
using Bot.Core.Watching;
using Bot.Storage.Outbox;
using Npgsql;

namespace Bot.Storage.Alerts;

/// <summary>
/// The outbox in the <c>alerts</c> table. A claim is a row lock taken with <c>FOR UPDATE SKIP LOCKED</c> inside
/// an open transaction, so several workers (and replicas) never hold the same alert. Only the oldest pending alert
/// of each channel can be claimed, which keeps a channel's alerts in order even with many workers.
/// </summary>
internal sealed class AlertOutbox(NpgsqlDataSource dataSource) : IAlertOutbox
{
    public async Task<IAlertClaim?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("""
                SELECT a.id, a.guild_id, a.channel_id, a.rule_names, s.name, ar.title, ar.link, a.evidence, ar.published_at,
                       a.concepts, a.language, a.mention_role_ids, a.attempts
                FROM alerts a
                JOIN articles ar ON ar.id = a.article_id
                JOIN sources s ON s.id = ar.source_id
                WHERE a.delivered_at IS NULL AND a.failed_at IS NULL
                  AND (a.next_attempt_at IS NULL OR a.next_attempt_at <= @now)
                  AND NOT EXISTS (
                      SELECT 1 FROM alerts earlier
                      WHERE earlier.guild_id = a.guild_id AND earlier.channel_id = a.channel_id AND earlier.id < a.id
                        AND earlier.delivered_at IS NULL AND earlier.failed_at IS NULL)
                ORDER BY a.id
                LIMIT 1
                FOR UPDATE OF a SKIP LOCKED
                """, connection, transaction);
            command.Parameters.AddWithValue("now", now.ToUniversalTime());
            Alert? alert = null;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    alert = new Alert(
                        Id: reader.GetInt64(0),
                        Guild: GuildId.FromStored(reader.GetInt64(1)),
                        ChannelId: StoredIds.ChannelFromStored(reader.GetInt64(2)),
                        RuleNames: reader.GetFieldValue<string[]>(3),
                        SourceName: reader.GetString(4),
                        Title: reader.GetString(5),
                        Link: reader.IsDBNull(6) ? null : new Uri(reader.GetString(6)),
                        Evidence: reader.GetFieldValue<string[]>(7),
                        PublishedAt: reader.GetFieldValue<DateTimeOffset>(8))
                    {
                        Concepts = reader.GetFieldValue<string[]>(9),
                        Language = reader.GetString(10),
                        MentionRoleIds = [.. reader.GetFieldValue<long[]>(11).Select(StoredIds.FromStored)],
                        Attempts = reader.GetInt32(12),
                    };
                }
            }

            if (alert is null)
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            return new AlertClaim(connection, transaction, alert);
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

    private sealed class AlertClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, Alert alert) : IAlertClaim
    {
        private readonly OutboxRowClaim _row = new(connection, transaction, OutboxStatements.Alerts, alert.Id);

        public Alert Alert => alert;

        public Task MarkDeliveredAsync(ulong? messageId, CancellationToken cancellationToken) => _row.MarkDeliveredAsync(messageId, cancellationToken);

        public Task MarkRetryAsync(string reason, DateTimeOffset retryAt, CancellationToken cancellationToken) => _row.MarkRetryAsync(reason, retryAt, cancellationToken);

        public Task MarkFailedAsync(string reason, CancellationToken cancellationToken) => _row.MarkFailedAsync(reason, cancellationToken);

        // Disposing an uncommitted transaction rolls it back, which releases the row for another attempt.
        public ValueTask DisposeAsync() => _row.DisposeAsync();
    }
}
