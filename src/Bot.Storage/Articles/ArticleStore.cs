using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Storage.Alerts;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Articles;

/// <summary>Stores articles and the alerts they cause in one transaction, once per source and identity.</summary>
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

    public Task<ArticleAddResult> AddIfNewAsync(long sourceId, Article article, IReadOnlyList<AlertDraft> alerts, CancellationToken cancellationToken) =>
        AddNewAsync(sourceId, [new NewArticle(article, alerts)], cancellationToken);

    public async Task<ArticleAddResult> AddNewAsync(long sourceId, IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return ArticleAddResult.Duplicate;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO articles (source_id, identity, title, link, summary, published_at)
            SELECT @source, new.* FROM unnest(@identities, @titles, @links, @summaries, @published) AS new
            ON CONFLICT (source_id, identity) DO NOTHING
            RETURNING id, identity
            """, connection, transaction);
        insert.Parameters.AddWithValue("source", sourceId);
        insert.Parameters.AddWithValue("identities", articles.Select(a => a.Article.Identity).ToArray());
        insert.Parameters.AddWithValue("titles", articles.Select(a => a.Article.Title).ToArray());
        insert.Parameters.AddWithValue("links", NpgsqlDbType.Array | NpgsqlDbType.Text, articles.Select(a => a.Article.Link?.AbsoluteUri).ToArray());
        insert.Parameters.AddWithValue("summaries", articles.Select(a => a.Article.Summary).ToArray());
        insert.Parameters.AddWithValue("published", articles.Select(a => a.Article.PublishedAt.ToUniversalTime()).ToArray());
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        var alerts = 0;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var article in articles)
        {
            if (!stored.TryGetValue(article.Article.Identity, out var articleId))
            {
                continue;
            }

            foreach (var alert in article.Alerts)
            {
                var command = new NpgsqlBatchCommand(AlertColumns.Insert);
                AlertColumns.Bind(command.Parameters, articleId, alert);
                batch.BatchCommands.Add(command);
                alerts++;
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ArticleAddResult(stored.Count, alerts);
    }
}
