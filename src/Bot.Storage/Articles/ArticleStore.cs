using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Storage.Alerts;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Articles;

/// <summary>Stores an article and the alerts it causes in one transaction, once per source and identity.</summary>
internal sealed class ArticleStore(NpgsqlDataSource dataSource) : IArticleStore
{
    public async Task<IReadOnlySet<string>> FindKnownAsync(long sourceId, IReadOnlyCollection<string> identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (identities.Count == 0)
        {
            return known;
        }

        await using var command = dataSource.CreateCommand("SELECT identity FROM articles WHERE source_id = @source AND identity = ANY(@identities)");
        command.Parameters.AddWithValue("source", sourceId);
        command.Parameters.AddWithValue("identities", identities.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known.Add(reader.GetString(0));
        }

        return known;
    }

    public async Task<ArticleAddResult> AddIfNewAsync(
        long sourceId, Article article, IReadOnlyList<AlertDraft> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(alerts);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO articles (source_id, identity, title, link, summary, published_at)
            VALUES (@source, @identity, @title, @link, @summary, @published)
            ON CONFLICT (source_id, identity) DO NOTHING
            RETURNING id
            """, connection, transaction);
        insert.Parameters.AddWithValue("source", sourceId);
        insert.Parameters.AddWithValue("identity", article.Identity);
        insert.Parameters.AddWithValue("title", article.Title);
        insert.Parameters.AddWithValue("link", NpgsqlDbType.Text, (object?)article.Link?.AbsoluteUri ?? DBNull.Value);
        insert.Parameters.AddWithValue("summary", article.Summary);
        insert.Parameters.AddWithValue("published", article.PublishedAt.ToUniversalTime());
        if (await insert.ExecuteScalarAsync(cancellationToken) is not long articleId)
        {
            return ArticleAddResult.Duplicate;
        }

        if (alerts.Count > 0)
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var alert in alerts)
            {
                var command = new NpgsqlBatchCommand(AlertColumns.Insert);
                AlertColumns.Bind(command.Parameters, articleId, alert);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ArticleAddResult(true, alerts.Count);
    }
}
