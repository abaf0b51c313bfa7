using Bot.Core.Notices;
using Bot.Core.Watching;
using Bot.Storage.Notices;
using Npgsql;

namespace Bot.Storage.Watching;

/// <summary>Reads what matching needs in one round trip, and applies the pipeline's own changes to rules.</summary>
internal sealed class WatchStore(NpgsqlDataSource dataSource) : IWatchStore
{
    public async Task<WatchSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT {RuleColumns.List} FROM watch_rules WHERE paused_at IS NULL ORDER BY id"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT s.id, coalesce(array_agg(sub.guild_id) FILTER (WHERE sub.guild_id IS NOT NULL AND sub.paused_at IS NULL), '{}')
            FROM sources s LEFT JOIN source_subscriptions sub ON sub.source_id = s.id
            WHERE s.origin = 'command'
            GROUP BY s.id
            """));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT guild_id, concept, language, term FROM concept_terms ORDER BY id"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var rules = new List<StoredRule>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rules.Add(RuleColumns.Read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        var ownSources = new Dictionary<long, IReadOnlyList<GuildId>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ownSources[reader.GetInt64(0)] = [.. reader.GetFieldValue<long[]>(1).Select(GuildId.FromStored)];
        }

        await reader.NextResultAsync(cancellationToken);
        var terms = new List<GuildTerm>();
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new GuildTerm(GuildId.FromStored(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return new WatchSnapshot(rules, ownSources, terms);
    }

    public async Task SyncConfiguredRulesAsync(IReadOnlyList<ConfiguredRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var rule in rules)
        {
            // A command rule of the same name is the operator's own later choice: it wins over the configuration.
            // Starting again with the configuration resumes a configured rule that delivery paused (the operator may
            // have fixed the channel; if not, the next refusal pauses it again).
            await using var upsert = new NpgsqlCommand("""
                INSERT INTO watch_rules (guild_id, name, query, channel_id, mention_role_id, origin)
                VALUES (0, @name, @query, @channel, @role, 'configuration')
                ON CONFLICT (guild_id, lower(name)) DO UPDATE
                    SET name = excluded.name, query = excluded.query, channel_id = excluded.channel_id,
                        mention_role_id = excluded.mention_role_id, paused_at = NULL, paused_reason = NULL, updated_at = now()
                    WHERE watch_rules.origin = 'configuration'
                      AND ((watch_rules.name, watch_rules.query, watch_rules.channel_id, watch_rules.mention_role_id)
                          IS DISTINCT FROM (excluded.name, excluded.query, excluded.channel_id, excluded.mention_role_id)
                          OR watch_rules.paused_at IS NOT NULL)
                RETURNING id
                """, connection, transaction);
            upsert.Parameters.AddWithValue("name", rule.Name);
            upsert.Parameters.AddWithValue("query", rule.Query);
            upsert.Parameters.AddWithValue("channel", StoredIds.Nullable(rule.ChannelId));
            upsert.Parameters.AddWithValue("role", StoredIds.Nullable(rule.MentionRoleId));
            if (await upsert.ExecuteScalarAsync(cancellationToken) is long)
            {
                await AuditLog.AppendAsync(connection, transaction, new AuditEntry(GuildId.Operator, AuditActor.Configuration, "rule.configure", rule.Name, null, rule), cancellationToken);
            }
        }

        await using var retire = new NpgsqlCommand("""
            DELETE FROM watch_rules
            WHERE guild_id = 0 AND origin = 'configuration' AND NOT (lower(name) = ANY(@keep))
            RETURNING name
            """, connection, transaction);
        retire.Parameters.AddWithValue("keep", rules.Select(r => r.Name.ToLowerInvariant()).ToArray());
        var retired = new List<string>();
        await using (var reader = await retire.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                retired.Add(reader.GetString(0));
            }
        }

        foreach (var name in retired)
        {
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry(GuildId.Operator, AuditActor.Configuration, "rule.retire", name, name, null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> PauseRulesForChannelAsync(GuildId guild, ulong? channelId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            UPDATE watch_rules SET paused_at = now(), paused_reason = @reason, updated_at = now()
            WHERE guild_id = @guild AND coalesce(channel_id, 0) = @channel AND paused_at IS NULL
            RETURNING name
            """, connection, transaction);
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("channel", StoredIds.Channel(channelId));
        command.Parameters.AddWithValue("reason", reason);
        var paused = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                paused.Add(reader.GetString(0));
            }
        }

        foreach (var name in paused)
        {
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, AuditActor.Delivery, "rule.pause", name, null, new { reason }), cancellationToken);
        }

        // Told once per refusal: later alerts to the same channel find no active rule to pause, and write nothing.
        if (paused.Count > 0 && channelId is { } refused)
        {
            await using var notice = GuildNoticeColumns.RulesPaused(
                connection, transaction, guild.Stored, StoredIds.ToStored(refused), "<#" + refused.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">",
                GuildNoticeText.RulesPaused(refused, reason, paused));
            await notice.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return paused;
    }
}
