using System.Text.Json;
using Bot.Core.Watching;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage;

/// <summary>Writes <c>audit_log</c> rows inside the transaction that makes the change, so no change goes unrecorded.</summary>
internal static class AuditLog
{
    public static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO audit_log (guild_id, actor_id, actor_name, action, subject, before, after)
            VALUES (@guild, @actor, @name, @action, @subject, @before, @after)
            """, connection, transaction);
        command.Parameters.AddWithValue("guild", entry.Guild.Stored);
        command.Parameters.AddWithValue("actor", StoredIds.Nullable(entry.Actor.UserId));
        command.Parameters.AddWithValue("name", entry.Actor.Name);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("subject", entry.Subject);
        command.Parameters.AddWithValue("before", NpgsqlDbType.Jsonb, Json(entry.Before));
        command.Parameters.AddWithValue("after", NpgsqlDbType.Jsonb, Json(entry.After));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static object Json(object? value) => value is null ? DBNull.Value : JsonSerializer.Serialize(value, value.GetType());
}
