using Bot.Core.Notices;
using Npgsql;

namespace Bot.Storage.Notices;

/// <summary>
/// The inserts into <c>guild_notices</c>, run inside the transaction that pauses, so a pause and its notices are
/// one: a retried or crashed poll or delivery can neither lose them nor write them twice.
/// </summary>
internal static class GuildNoticeColumns
{
    /// <summary>
    /// One notice per alert channel of each guild that uses the source: every guild with active rules for an
    /// operator's source (all guilds' rules see those), the subscribed guilds that have not paused it themselves for
    /// a guild's own. The guild's name for the source fills the text, and the way to resume it: its own command, or
    /// the operator's for a shared source.
    /// </summary>
    public static NpgsqlBatchCommand SourcePaused(long sourceId, string template)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO guild_notices (guild_id, channel_id, kind, subject, message)
            SELECT DISTINCT ON (r.guild_id, r.channel_id) r.guild_id, r.channel_id, @kind, n.name,
                   replace(replace(@template, @resume_slot, n.resume), @source_slot, n.name)
            FROM sources s
            JOIN watch_rules r ON r.paused_at IS NULL AND r.channel_id IS NOT NULL
            LEFT JOIN source_subscriptions sub ON sub.source_id = s.id AND sub.guild_id = r.guild_id
            CROSS JOIN LATERAL (
                SELECT coalesce(sub.name, s.name) AS name,
                       CASE WHEN s.origin = 'command' THEN @resume_command ELSE @resume_operator END AS resume
            ) n
            WHERE s.id = @source AND (s.origin <> 'command' OR (sub.guild_id IS NOT NULL AND sub.paused_at IS NULL))
            ORDER BY r.guild_id, r.channel_id
            """);
        command.Parameters.AddWithValue("source", sourceId);
        command.Parameters.AddWithValue("kind", GuildNoticeKinds.SourcePaused);
        command.Parameters.AddWithValue("template", template);
        command.Parameters.AddWithValue("resume_slot", GuildNoticeText.ResumePlaceholder);
        command.Parameters.AddWithValue("source_slot", GuildNoticeText.SourcePlaceholder);
        command.Parameters.AddWithValue("resume_command", GuildNoticeText.ResumeByCommand(GuildNoticeText.SourcePlaceholder));
        command.Parameters.AddWithValue("resume_operator", GuildNoticeText.ResumeByOperator(GuildNoticeText.SourcePlaceholder));
        return command;
    }

    /// <summary>
    /// The notice that a guild's channel was refused and its rules paused, for another channel of the guild's that
    /// still has active rules (so presumably works). With none left, the row is written already failed: it records
    /// that nothing could be posted, and <c>/status</c> shows the paused rules anyway.
    /// </summary>
    public static NpgsqlCommand RulesPaused(NpgsqlConnection connection, NpgsqlTransaction transaction, long guild, long refusedChannel, string subject, string message)
    {
        var command = new NpgsqlCommand("""
            INSERT INTO guild_notices (guild_id, channel_id, kind, subject, message, failed_at, last_error)
            SELECT @guild, target.channel_id, @kind, @subject, @message,
                   CASE WHEN target.channel_id IS NULL THEN now() END,
                   CASE WHEN target.channel_id IS NULL THEN @nowhere END
            FROM (
                SELECT (SELECT channel_id FROM watch_rules
                        WHERE guild_id = @guild AND paused_at IS NULL AND channel_id IS NOT NULL AND channel_id <> @refused
                        ORDER BY id LIMIT 1) AS channel_id
            ) target
            """, connection, transaction);
        command.Parameters.AddWithValue("guild", guild);
        command.Parameters.AddWithValue("refused", refusedChannel);
        command.Parameters.AddWithValue("kind", GuildNoticeKinds.RulesPaused);
        command.Parameters.AddWithValue("subject", subject);
        command.Parameters.AddWithValue("message", message);
        command.Parameters.AddWithValue("nowhere", "no other channel of the guild has active rules to post in");
        return command;
    }
}
