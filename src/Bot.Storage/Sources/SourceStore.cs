using Bot.Core.Sources;
using Npgsql;

namespace Bot.Storage.Sources;

/// <summary>Sources in the <c>sources</c> table, unique by name.</summary>
internal sealed class SourceStore(NpgsqlDataSource dataSource) : ISourceStore
{
    public Task<long> SaveAsync(FeedSource source, CancellationToken cancellationToken) =>
        SaveAsync(source, SourceOrigin.Configuration, cancellationToken);

    public async Task<long> SaveAsync(FeedSource source, SourceOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sources (name, url, poll_interval, origin, language, full_text)
            VALUES (@name, @url, @interval, @origin, @language, @full_text)
            ON CONFLICT (name) DO UPDATE
                SET url = excluded.url, poll_interval = excluded.poll_interval, origin = excluded.origin,
                    language = excluded.language, full_text = excluded.full_text,
                    enabled = true, updated_at = now(),
                    etag = CASE WHEN sources.url = excluded.url THEN sources.etag END,
                    last_modified = CASE WHEN sources.url = excluded.url THEN sources.last_modified END
                WHERE sources.url <> excluded.url OR sources.poll_interval <> excluded.poll_interval
                    OR sources.origin <> excluded.origin OR NOT sources.enabled
                    OR sources.language IS DISTINCT FROM excluded.language OR sources.full_text <> excluded.full_text
            RETURNING id
            """);
        command.Parameters.AddWithValue("name", source.Name);
        command.Parameters.AddWithValue("url", source.Url.AbsoluteUri);
        command.Parameters.AddWithValue("interval", source.PollInterval);
        command.Parameters.AddWithValue("origin", SourceColumns.Origin(origin));
        command.Parameters.AddWithValue("language", NpgsqlTypes.NpgsqlDbType.Text, (object?)source.Language ?? DBNull.Value);
        command.Parameters.AddWithValue("full_text", source.FullText);
        if (await command.ExecuteScalarAsync(cancellationToken) is long id)
        {
            return id;
        }

        // Unchanged rows are not updated (and so not returned): read the id.
        return (await FindAsync(source.Name, cancellationToken))!.Id;
    }

    public async Task<StoredSource?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {SourceColumns.Listing} FROM sources WHERE name = @name");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SourceColumns.ReadListing(reader).Stored : null;
    }

    public async Task<IReadOnlyList<SourceListing>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {SourceColumns.Listing} FROM sources ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var listings = new List<SourceListing>();
        while (await reader.ReadAsync(cancellationToken))
        {
            listings.Add(SourceColumns.ReadListing(reader));
        }

        return listings;
    }

    public async Task<IReadOnlyList<string>> RetireAsync(IReadOnlyCollection<string> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keep);
        await using var command = dataSource.CreateCommand("""
            UPDATE sources SET enabled = false, updated_at = now()
            WHERE enabled AND origin IN ('configuration', 'starter') AND NOT (name = ANY(@keep))
            RETURNING name
            """);
        command.Parameters.AddWithValue("keep", keep.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var retired = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            retired.Add(reader.GetString(0));
        }

        return retired;
    }
}
