using Bot.Core.Sources;
using Bot.Storage.Notices;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Sources;

/// <summary>
/// The schedule and health columns of <c>sources</c>. Claims use <c>FOR UPDATE SKIP LOCKED</c> and a lease, so
/// workers and replicas never poll one source at once, and a crashed worker's claims expire.
/// </summary>
internal sealed class SourceScheduleStore(NpgsqlDataSource dataSource) : ISourceScheduleStore
{
    public async Task<IReadOnlyList<DueSource>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE sources s SET lease_until = @now + @lease
            FROM (
                SELECT id FROM sources
                WHERE enabled AND paused_at IS NULL AND next_due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY next_due_at
                LIMIT @limit
                FOR UPDATE SKIP LOCKED
            ) due
            WHERE s.id = due.id
            RETURNING s.id, s.name, s.url, s.poll_interval, s.etag, s.last_modified, s.error_streak, s.failing_since, s.next_due_at, s.language, s.full_text
            """);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<DueSource>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = new StoredSource(reader.GetInt64(0), new FeedSource(reader.GetString(1), new Uri(reader.GetString(2)), reader.GetFieldValue<TimeSpan>(3))
            {
                Language = reader.IsDBNull(9) ? null : reader.GetString(9),
                FullText = reader.GetBoolean(10),
            });
            due.Add(new DueSource(
                stored,
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetInt32(6),
                SourceColumns.NullableTime(reader, 7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        }

        // UPDATE … RETURNING does not keep the subquery's order.
        return [.. due.OrderBy(d => d.DueAt)];
    }

    public async Task RecordPollAsync(long sourceId, PollRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var batch = dataSource.CreateBatch();
        var update = new NpgsqlBatchCommand("""
            UPDATE sources SET
                last_attempt_at = @attempted,
                last_success_at = CASE WHEN @succeeded THEN @attempted ELSE last_success_at END,
                last_http_status = @status, last_result = @result, last_problem = @problem,
                items_seen = COALESCE(@items, items_seen),
                etag = @etag, last_modified = @last_modified,
                error_streak = @streak, failing_since = @failing_since,
                next_due_at = @next_due, lease_until = NULL,
                paused_at = CASE WHEN @pause_reason IS NULL THEN paused_at ELSE @attempted END,
                paused_reason = COALESCE(@pause_reason, paused_reason)
            WHERE id = @id
            """);
        update.Parameters.AddWithValue("id", sourceId);
        update.Parameters.AddWithValue("attempted", record.AttemptedAt.ToUniversalTime());
        update.Parameters.AddWithValue("succeeded", record.Succeeded);
        update.Parameters.AddWithValue("status", NpgsqlDbType.Integer, (object?)record.HttpStatus ?? DBNull.Value);
        update.Parameters.AddWithValue("result", record.Result.ToString());
        update.Parameters.AddWithValue("problem", NpgsqlDbType.Text, (object?)record.Problem ?? DBNull.Value);
        update.Parameters.AddWithValue("items", NpgsqlDbType.Integer, (object?)record.ItemsSeen ?? DBNull.Value);
        update.Parameters.AddWithValue("etag", NpgsqlDbType.Text, (object?)record.ETag ?? DBNull.Value);
        update.Parameters.AddWithValue("last_modified", NpgsqlDbType.Text, (object?)record.LastModified ?? DBNull.Value);
        update.Parameters.AddWithValue("streak", record.ErrorStreak);
        update.Parameters.AddWithValue("failing_since", NpgsqlDbType.TimestampTz, (object?)record.FailingSince?.ToUniversalTime() ?? DBNull.Value);
        update.Parameters.AddWithValue("next_due", record.NextDueAt.ToUniversalTime());
        update.Parameters.AddWithValue("pause_reason", NpgsqlDbType.Text, (object?)record.PauseReason ?? DBNull.Value);
        batch.BatchCommands.Add(update);
        if (record.PauseReason is { } reason)
        {
            // Queued with the pause itself (a batch is one transaction), so the notices are never lost or doubled: the
            // operator's line on the console, and one per alert channel of each guild that uses the source.
            var notice = new NpgsqlBatchCommand("INSERT INTO source_notices (source_id, kind, message) VALUES (@id, @kind, @message)");
            notice.Parameters.AddWithValue("id", sourceId);
            notice.Parameters.AddWithValue("kind", SourceNotice.PausedKind);
            notice.Parameters.AddWithValue("message", reason);
            batch.BatchCommands.Add(notice);
            if (record.GuildNotice is { } template)
            {
                batch.BatchCommands.Add(GuildNoticeColumns.SourcePaused(sourceId, template));
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> ResumeAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE sources SET paused_at = NULL, paused_reason = NULL, error_streak = 0, failing_since = NULL,
                next_due_at = @now, lease_until = NULL, updated_at = now()
            WHERE name = @name
            """);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
