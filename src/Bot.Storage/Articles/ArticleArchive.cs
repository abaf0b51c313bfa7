using System.Runtime.CompilerServices;
using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Storage.Alerts;
using Npgsql;

namespace Bot.Storage.Articles;

/// <summary>Retention and replays over the <c>articles</c> table.</summary>
internal sealed class ArticleArchive(NpgsqlDataSource dataSource) : IArticleArchive
{
    public async Task<PruneResult> PruneAsync(DateTimeOffset textBefore, DateTimeOffset identityBefore, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command(
            "UPDATE articles SET summary = '', text_pruned_at = now() WHERE first_seen_at < @before AND text_pruned_at IS NULL",
            textBefore));
        batch.BatchCommands.Add(Command("DELETE FROM articles WHERE first_seen_at < @before", identityBefore));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return new PruneResult(batch.BatchCommands[0].RecordsAffected, batch.BatchCommands[1].RecordsAffected);
    }

    public async Task<long> CountSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM articles WHERE published_at >= @since AND text_pruned_at IS NULL");
        command.Parameters.AddWithValue("since", since.ToUniversalTime());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async IAsyncEnumerable<StoredArticle> ReadSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT a.id, a.source_id, s.name, a.identity, a.title, a.link, a.summary, a.published_at, s.language
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.published_at >= @since AND a.text_pruned_at IS NULL
            ORDER BY a.published_at, a.id
            """);
        command.Parameters.AddWithValue("since", since.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = new Article(
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : new Uri(reader.GetString(5)),
                reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7));
            yield return new StoredArticle(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), article)
            {
                SourceLanguage = reader.IsDBNull(8) ? null : reader.GetString(8),
            };
        }
    }

    public async Task<bool> QueueAlertAsync(long articleId, AlertDraft alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var command = dataSource.CreateCommand(AlertColumns.Insert + " ON CONFLICT (article_id, guild_id, channel_id) DO NOTHING");
        AlertColumns.Bind(command.Parameters, articleId, alert);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static NpgsqlBatchCommand Command(string sql, DateTimeOffset before)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        return command;
    }
}
