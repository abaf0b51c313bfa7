using Bot.Core.Sources;
using Bot.Core.Watching;
using Npgsql;

namespace Bot.Storage.Sources;

/// <summary>
/// A guild's subscriptions to sources added by command. Every statement filters by guild; every change writes its
/// audit row in the same transaction.
/// </summary>
internal sealed class GuildSourceStore(NpgsqlDataSource dataSource) : IGuildSourceStore
{
    // The source's listing columns first (SourceColumns reads them by position), then the subscription's.
    private const string Select = $"""
        SELECT src.*, sub.name, sub.paused_at IS NOT NULL
        FROM (SELECT {SourceColumns.Listing} FROM sources) src
        JOIN source_subscriptions sub ON sub.source_id = src.id
        """;

    public async Task<IReadOnlyList<GuildSource>> ListAsync(GuildId guild, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{Select} WHERE sub.guild_id = @guild ORDER BY lower(sub.name)");
        command.Parameters.AddWithValue("guild", guild.Stored);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<GuildSource?> FindAsync(GuildId guild, string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{Select} WHERE sub.guild_id = @guild AND lower(sub.name) = lower(@name)");
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("name", name);
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public Task<IReadOnlyList<string>> SuggestNamesAsync(GuildId guild, string typed, int limit, CancellationToken cancellationToken) =>
        NameSuggestions.ReadAsync(dataSource, "source_subscriptions", guild, typed, limit, cancellationToken);

    public async Task<bool> IsSharedAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM sources WHERE url = @url AND origin <> 'command' AND enabled)");
        command.Parameters.AddWithValue("url", url.AbsoluteUri);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<GuildSource?> SubscribeAsync(GuildId guild, AuditActor actor, string name, Uri url, TimeSpan interval, CancellationToken cancellationToken, SourceSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(url);
        settings ??= SourceSettings.Default;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One command source per URL, shared by the guilds that add it; its own name stays unique across guilds.
        await using var source = new NpgsqlCommand("""
            WITH existing AS (
                UPDATE sources SET enabled = true, updated_at = now(),
                    language = coalesce(@language, language), full_text = full_text OR @full_text
                WHERE id = (SELECT min(id) FROM sources WHERE url = @url AND origin = 'command')
                RETURNING id
            ), added AS (
                INSERT INTO sources (name, url, poll_interval, origin, language, full_text)
                SELECT CASE WHEN EXISTS (SELECT 1 FROM sources WHERE name = @name) THEN @name || '-' || @guild ELSE @name END, @url, @interval, 'command',
                    @language, @full_text
                WHERE NOT EXISTS (SELECT 1 FROM existing)
                RETURNING id
            )
            SELECT id FROM existing UNION ALL SELECT id FROM added
            """, connection, transaction);
        source.Parameters.AddWithValue("url", url.AbsoluteUri);
        source.Parameters.AddWithValue("name", name);
        source.Parameters.AddWithValue("guild", guild.Stored.ToString(System.Globalization.CultureInfo.InvariantCulture));
        source.Parameters.AddWithValue("interval", interval);
        source.Parameters.AddWithValue("language", NpgsqlTypes.NpgsqlDbType.Text, (object?)settings.Language ?? DBNull.Value);
        source.Parameters.AddWithValue("full_text", settings.FullText);
        var sourceId = (long)(await source.ExecuteScalarAsync(cancellationToken))!;

        await using var subscribe = new NpgsqlCommand("""
            INSERT INTO source_subscriptions (guild_id, source_id, name, created_by)
            VALUES (@guild, @source, @name, @actor)
            ON CONFLICT DO NOTHING
            """, connection, transaction);
        subscribe.Parameters.AddWithValue("guild", guild.Stored);
        subscribe.Parameters.AddWithValue("source", sourceId);
        subscribe.Parameters.AddWithValue("name", name);
        subscribe.Parameters.AddWithValue("actor", StoredIds.Nullable(actor.UserId));
        if (await subscribe.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return null;
        }

        var added = await FindAsync(connection, transaction, guild, name, cancellationToken);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, actor, "source.subscribe", name, null, Audited(added)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<GuildSource?> UnsubscribeAsync(GuildId guild, AuditActor actor, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, transaction, guild, name, cancellationToken) is not { } before)
        {
            return null;
        }

        await using var delete = new NpgsqlCommand("""
            DELETE FROM source_subscriptions WHERE guild_id = @guild AND source_id = @source;
            UPDATE sources SET enabled = false, updated_at = now()
            WHERE id = @source AND origin = 'command' AND NOT EXISTS (SELECT 1 FROM source_subscriptions WHERE source_id = @source);
            """, connection, transaction);
        delete.Parameters.AddWithValue("guild", guild.Stored);
        delete.Parameters.AddWithValue("source", before.SourceId);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, actor, "source.unsubscribe", before.Name, Audited(before), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return before;
    }

    public async Task<GuildSource?> SetPausedAsync(GuildId guild, AuditActor actor, string name, bool paused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, transaction, guild, name, cancellationToken) is not { } before)
        {
            return null;
        }

        // Resuming also lifts the feed's own pause after failing too long: the notice told the guild to do just this.
        await using var update = new NpgsqlCommand("""
            UPDATE source_subscriptions SET paused_at = CASE WHEN @paused THEN now() END WHERE guild_id = @guild AND source_id = @source;
            UPDATE sources SET paused_at = NULL, paused_reason = NULL, error_streak = 0, failing_since = NULL,
                next_due_at = now(), lease_until = NULL, updated_at = now()
            WHERE id = @source AND NOT @paused AND paused_at IS NOT NULL;
            """, connection, transaction);
        update.Parameters.AddWithValue("paused", paused);
        update.Parameters.AddWithValue("guild", guild.Stored);
        update.Parameters.AddWithValue("source", before.SourceId);
        await update.ExecuteNonQueryAsync(cancellationToken);
        var after = before with { Paused = paused, Health = paused ? before.Health : before.Health with { PausedAt = null, PausedReason = null } };
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, actor, paused ? "source.pause" : "source.resume", before.Name, Audited(before), Audited(after)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }

    private static object? Audited(GuildSource? source) =>
        source is null ? null : new { source.Name, source.SourceId, Url = source.Url.AbsoluteUri, source.PollInterval, source.Paused, source.Language, source.FullText, FailurePause = source.Health.PausedReason };

    private static async Task<GuildSource?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, GuildId guild, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"{Select} WHERE sub.guild_id = @guild AND lower(sub.name) = lower(@name) FOR UPDATE OF sub", connection, transaction);
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("name", name);
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    private static async Task<List<GuildSource>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var sources = new List<GuildSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var listing = SourceColumns.ReadListing(reader);
            var feed = listing.Stored.Source;
            sources.Add(new GuildSource(reader.GetString(19), listing.Stored.Id, feed.Url, feed.PollInterval, reader.GetBoolean(20), listing.Health)
            {
                Language = feed.Language,
                FullText = feed.FullText,
            });
        }

        return sources;
    }
}
