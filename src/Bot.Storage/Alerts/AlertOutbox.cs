using Bot.Core.Alerts;
using Npgsql;

namespace Bot.Storage.Alerts;

/// <summary>
/// The outbox in the <c>alerts</c> table. A claim is a row lock taken with <c>FOR UPDATE SKIP LOCKED</c> inside
/// an open transaction, so several workers (and replicas) never hold the same alert.
/// </summary>
internal sealed class AlertOutbox(NpgsqlDataSource dataSource) : IAlertOutbox
{
    public async Task<IAlertClaim?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("""
                SELECT a.id, a.rule_name, s.name, ar.title, ar.link, a.evidence, ar.published_at
                FROM alerts a
                JOIN articles ar ON ar.id = a.article_id
                JOIN sources s ON s.id = ar.source_id
                WHERE a.delivered_at IS NULL
                ORDER BY a.id
                LIMIT 1
                FOR UPDATE OF a SKIP LOCKED
                """, connection, transaction);
            Alert? alert = null;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    alert = new Alert(
                        Id: reader.GetInt64(0),
                        RuleName: reader.GetString(1),
                        SourceName: reader.GetString(2),
                        Title: reader.GetString(3),
                        Link: reader.IsDBNull(4) ? null : new Uri(reader.GetString(4)),
                        Evidence: reader.GetFieldValue<string[]>(5),
                        PublishedAt: reader.GetFieldValue<DateTimeOffset>(6));
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
        public Alert Alert => alert;

        public async Task MarkDeliveredAsync(CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("UPDATE alerts SET delivered_at = now() WHERE id = @id", connection, transaction);
            command.Parameters.AddWithValue("id", alert.Id);
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Disposing an uncommitted transaction rolls it back, which releases the row for another attempt.
        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
