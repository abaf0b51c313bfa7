using Bot.Core.Alerts;
using Bot.Core.Articles;
using Bot.Core.Watching;
using Npgsql;

namespace Bot.Storage.Watching;

/// <summary>
/// The commands' view of one guild's rules, terms and articles. Every statement filters by guild; every change
/// writes its audit row in the same transaction.
/// </summary>
internal sealed class GuildWatchStore(NpgsqlDataSource dataSource) : IGuildWatchStore
{
    public async Task<IReadOnlyList<StoredRule>> ListRulesAsync(GuildId guild, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {RuleColumns.List} FROM watch_rules WHERE guild_id = @guild ORDER BY lower(name)");
        command.Parameters.AddWithValue("guild", guild.Stored);
        return await ReadRulesAsync(command, cancellationToken);
    }

    public async Task<StoredRule?> FindRuleAsync(GuildId guild, string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {RuleColumns.List} FROM watch_rules WHERE guild_id = @guild AND lower(name) = lower(@name)");
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("name", name);
        return (await ReadRulesAsync(command, cancellationToken)).FirstOrDefault();
    }

    public Task<IReadOnlyList<string>> SuggestRuleNamesAsync(GuildId guild, string typed, int limit, CancellationToken cancellationToken) =>
        NameSuggestions.ReadAsync(dataSource, "watch_rules", guild, typed, limit, cancellationToken);

    public async Task<StoredRule?> AddRuleAsync(GuildId guild, AuditActor actor, RuleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO watch_rules (guild_id, name, query, channel_id, mention_role_id, origin, created_by)
            VALUES (@guild, @name, @query, @channel, @role, 'command', @actor)
            ON CONFLICT (guild_id, lower(name)) DO NOTHING
            RETURNING {RuleColumns.List}
            """, connection, transaction);
        insert.Parameters.AddWithValue("guild", guild.Stored);
        insert.Parameters.AddWithValue("name", draft.Name);
        insert.Parameters.AddWithValue("query", draft.Query);
        insert.Parameters.AddWithValue("channel", StoredIds.Nullable(draft.ChannelId));
        insert.Parameters.AddWithValue("role", StoredIds.Nullable(draft.MentionRoleId));
        insert.Parameters.AddWithValue("actor", StoredIds.Nullable(actor.UserId));
        var added = (await ReadRulesAsync(insert, cancellationToken)).FirstOrDefault();
        if (added is null)
        {
            return null;
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, actor, "rule.add", added.Name, null, added), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<StoredRule?> EditRuleAsync(GuildId guild, AuditActor actor, string name, RuleEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return await ChangeAsync(guild, actor, name, "rule.edit", """
            UPDATE watch_rules
            SET query = coalesce(@query, query), channel_id = coalesce(@channel, channel_id),
                mention_role_id = CASE WHEN @clear THEN NULL ELSE coalesce(@role, mention_role_id) END, updated_at = now()
            """, command =>
            {
                command.Parameters.AddWithValue("clear", NpgsqlTypes.NpgsqlDbType.Boolean, edit.ClearMentionRole);
                command.Parameters.AddWithValue("query", NpgsqlTypes.NpgsqlDbType.Text, (object?)edit.Query ?? DBNull.Value);
                command.Parameters.AddWithValue("channel", NpgsqlTypes.NpgsqlDbType.Bigint, StoredIds.Nullable(edit.ChannelId));
                command.Parameters.AddWithValue("role", NpgsqlTypes.NpgsqlDbType.Bigint, StoredIds.Nullable(edit.MentionRoleId));
            }, cancellationToken);
    }

    public Task<StoredRule?> RemoveRuleAsync(GuildId guild, AuditActor actor, string name, CancellationToken cancellationToken) =>
        ChangeAsync(guild, actor, name, "rule.remove", "DELETE FROM watch_rules", null, cancellationToken);

    public Task<StoredRule?> SetRulePausedAsync(GuildId guild, AuditActor actor, string name, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(guild, actor, name, reason is null ? "rule.resume" : "rule.pause", """
            UPDATE watch_rules
            SET paused_at = CASE WHEN @reason::text IS NULL THEN NULL ELSE coalesce(paused_at, now()) END,
                paused_reason = @reason::text, updated_at = now()
            """, command => command.Parameters.AddWithValue("reason", NpgsqlTypes.NpgsqlDbType.Text, (object?)reason ?? DBNull.Value), cancellationToken);

    public async Task<IReadOnlyList<GuildTerm>> ListTermsAsync(GuildId guild, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT concept, language, term FROM concept_terms WHERE guild_id = @guild ORDER BY concept, language, id");
        command.Parameters.AddWithValue("guild", guild.Stored);
        var terms = new List<GuildTerm>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new GuildTerm(guild, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return terms;
    }

    public async Task<bool> AddTermAsync(GuildId guild, AuditActor actor, GuildTerm term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(term);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO concept_terms (guild_id, concept, language, term, created_by)
            VALUES (@guild, @concept, @language, @term, @actor)
            ON CONFLICT ON CONSTRAINT concept_terms_key DO NOTHING
            """, connection, transaction);
        insert.Parameters.AddWithValue("guild", guild.Stored);
        insert.Parameters.AddWithValue("concept", term.Concept);
        insert.Parameters.AddWithValue("language", term.Language);
        insert.Parameters.AddWithValue("term", term.Term);
        insert.Parameters.AddWithValue("actor", StoredIds.Nullable(actor.UserId));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        var after = new { term.Concept, term.Language, term.Term };
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, actor, "term.add", term.Concept, null, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<StoredArticle>> RecentArticlesAsync(GuildId guild, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        // A source added by command is seen only by its subscribers; every other source is the operator's, shared.
        await using var command = dataSource.CreateCommand("""
            SELECT a.id, a.source_id, coalesce(sub.name, s.name), a.identity, a.title, a.summary, a.link, a.published_at, s.language
            FROM articles a
            JOIN sources s ON s.id = a.source_id
            LEFT JOIN source_subscriptions sub ON sub.source_id = s.id AND sub.guild_id = @guild
            WHERE a.first_seen_at >= @since AND (s.origin <> 'command' OR sub.guild_id IS NOT NULL)
            ORDER BY a.first_seen_at DESC, a.id DESC
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("since", since.ToUniversalTime());
        command.Parameters.AddWithValue("limit", limit);
        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = new Article(
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(6) ? null : new Uri(reader.GetString(6)),
                reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(7));
            articles.Add(new StoredArticle(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), article)
            {
                SourceLanguage = reader.IsDBNull(8) ? null : reader.GetString(8),
            });
        }

        return articles;
    }

    public async Task<IReadOnlyList<RecentAlert>> RecentAlertsAsync(GuildId guild, string? rule, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT al.id, al.rule_names, a.title, a.link, s.name, al.channel_id, al.created_at, al.delivered_at
            FROM alerts al
            JOIN articles a ON a.id = al.article_id
            JOIN sources s ON s.id = a.source_id
            WHERE al.guild_id = @guild AND (@rule::text IS NULL OR lower(@rule::text) = ANY(SELECT lower(r) FROM unnest(al.rule_names) r))
            ORDER BY al.id DESC
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("rule", NpgsqlTypes.NpgsqlDbType.Text, (object?)rule ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        var alerts = new List<RecentAlert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new RecentAlert(
                reader.GetInt64(0),
                reader.GetFieldValue<string[]>(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : new Uri(reader.GetString(3)),
                reader.GetString(4),
                StoredIds.ChannelFromStored(reader.GetInt64(5)),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return alerts;
    }

    // Reads the rule under a row lock, applies the statement to it, and audits before and after in one transaction.
    private async Task<StoredRule?> ChangeAsync(
        GuildId guild, AuditActor actor, string name, string action, string statement, Action<NpgsqlCommand>? parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var select = new NpgsqlCommand(
            $"SELECT {RuleColumns.List} FROM watch_rules WHERE guild_id = @guild AND lower(name) = lower(@name) FOR UPDATE", connection, transaction);
        select.Parameters.AddWithValue("guild", guild.Stored);
        select.Parameters.AddWithValue("name", name);
        var before = (await ReadRulesAsync(select, cancellationToken)).FirstOrDefault();
        if (before is null)
        {
            return null;
        }

        await using var change = new NpgsqlCommand($"{statement} WHERE id = @id AND guild_id = @guild RETURNING {RuleColumns.List}", connection, transaction);
        change.Parameters.AddWithValue("id", before.Id);
        change.Parameters.AddWithValue("guild", guild.Stored);
        parameters?.Invoke(change);
        var after = (await ReadRulesAsync(change, cancellationToken)).FirstOrDefault();
        var removed = action == "rule.remove";
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(guild, actor, action, before.Name, before, removed ? null : after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed ? before : after;
    }

    private static async Task<List<StoredRule>> ReadRulesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rules = new List<StoredRule>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rules.Add(RuleColumns.Read(reader));
        }

        return rules;
    }
}
