namespace Bot.Storage.Outbox;

/// <summary>
/// How an outbox table records the end of an attempt. Alerts and guild notices share the columns (attempts,
/// last_error, next_attempt_at, delivered_at, failed_at, message_id), so they share one claim and these statements.
/// </summary>
internal sealed record OutboxStatements(string Delivered, string Retry, string Failed)
{
    public static OutboxStatements Alerts { get; } = new(
        "UPDATE alerts SET delivered_at = now(), message_id = @message, attempts = attempts + 1, last_error = NULL WHERE id = @id",
        "UPDATE alerts SET attempts = attempts + 1, last_error = @reason, next_attempt_at = @retry WHERE id = @id",
        "UPDATE alerts SET attempts = attempts + 1, last_error = @reason, failed_at = now() WHERE id = @id");

    public static OutboxStatements GuildNotices { get; } = new(
        "UPDATE guild_notices SET delivered_at = now(), message_id = @message, attempts = attempts + 1, last_error = NULL WHERE id = @id",
        "UPDATE guild_notices SET attempts = attempts + 1, last_error = @reason, next_attempt_at = @retry WHERE id = @id",
        "UPDATE guild_notices SET attempts = attempts + 1, last_error = @reason, failed_at = now() WHERE id = @id");
}
