using Bot.Core.Watching;
using Npgsql;

namespace Bot.Storage.Watching;

/// <summary>What <c>/status</c> reads for one guild, in one round trip; every statement filters by the guild.</summary>
internal sealed class GuildStatusStore(NpgsqlDataSource dataSource) : IGuildStatusStore
{
    // The sources a guild sees: the operator's (any origin but 'command') and its own subscriptions, under its name.
    private const string Seen = """
        WITH seen AS (
            SELECT coalesce(sub.name, s.name) AS name, s.last_success_at, s.last_result, s.last_problem, s.error_streak,
                   s.paused_at, s.paused_reason, sub.paused_at AS guild_paused_at, s.last_http_status
            FROM sources s
            LEFT JOIN source_subscriptions sub ON sub.source_id = s.id AND sub.guild_id = @guild
            WHERE s.enabled AND (s.origin <> 'command' OR sub.guild_id IS NOT NULL)
        )
        """;

    public async Task<GuildStatus> ReadAsync(GuildId guild, DateTimeOffset failedSince, int shown, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command($"{Seen} SELECT count(*)::int, max(last_success_at) FROM seen", guild, shown, failedSince));
        batch.BatchCommands.Add(Command($"""
            {Seen}
            SELECT name, last_result, last_problem, error_streak, paused_reason, count(*) OVER ()::int, guild_paused_at IS NOT NULL, last_http_status
            FROM seen WHERE error_streak > 0 OR paused_at IS NOT NULL OR guild_paused_at IS NOT NULL
            ORDER BY paused_at IS NULL AND guild_paused_at IS NULL, error_streak DESC, lower(name)
            LIMIT @shown
            """, guild, shown, failedSince));
        batch.BatchCommands.Add(Command("""
            SELECT count(*) FILTER (WHERE failed_at IS NULL)::int, min(created_at) FILTER (WHERE failed_at IS NULL),
                   count(*) FILTER (WHERE failed_at IS NOT NULL)::int
            FROM alerts
            WHERE guild_id = @guild AND delivered_at IS NULL AND (failed_at IS NULL OR failed_at >= @since)
            """, guild, shown, failedSince));
        batch.BatchCommands.Add(Command("""
            SELECT name, paused_reason, count(*) OVER ()::int FROM watch_rules
            WHERE guild_id = @guild AND paused_at IS NOT NULL
            ORDER BY lower(name)
            LIMIT @shown
            """, guild, shown, failedSince));
        batch.BatchCommands.Add(Command(
            "SELECT count(*)::int FROM guild_notices WHERE guild_id = @guild AND failed_at IS NOT NULL AND failed_at >= @since",
            guild, shown, failedSince));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        await reader.ReadAsync(cancellationToken);
        var sourceCount = reader.GetInt32(0);
        var lastPoll = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);

        await reader.NextResultAsync(cancellationToken);
        var failing = new List<FailingSource>();
        var failingCount = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            failing.Add(new FailingSource(reader.GetString(0), Text(reader, 1), Text(reader, 2), reader.GetInt32(3), Text(reader, 4), reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetInt32(7)));
            failingCount = reader.GetInt32(5);
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var pending = reader.GetInt32(0);
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
        var failed = reader.GetInt32(2);

        await reader.NextResultAsync(cancellationToken);
        var paused = new List<PausedRule>();
        var pausedCount = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            paused.Add(new PausedRule(reader.GetString(0), Text(reader, 1)));
            pausedCount = reader.GetInt32(2);
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var unposted = reader.GetInt32(0);

        return new GuildStatus(sourceCount, lastPoll, failing, failingCount, pending, oldest, failed, paused, pausedCount) { UnpostedNotices = unposted };
    }

    private static NpgsqlBatchCommand Command(string sql, GuildId guild, int shown, DateTimeOffset failedSince)
    {
        var command = new NpgsqlBatchCommand(sql);
        if (sql.Contains("@guild", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("guild", guild.Stored);
        }

        if (sql.Contains("@shown", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("shown", shown);
        }

        if (sql.Contains("@since", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("since", failedSince);
        }

        return command;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
