using Bot.Core.Sources;
using Npgsql;

namespace Bot.Storage.Sources;

/// <summary>Sources in the <c>sources</c> table, unique by name.</summary>
internal sealed class SourceStore(NpgsqlDataSource dataSource) : ISourceStore
{
    public async Task<long> SaveAsync(FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sources (name, url, poll_interval) VALUES (@name, @url, @interval)
            ON CONFLICT (name) DO UPDATE
                SET url = excluded.url, poll_interval = excluded.poll_interval, updated_at = now()
                WHERE sources.url <> excluded.url OR sources.poll_interval <> excluded.poll_interval
            RETURNING id
            """);
        command.Parameters.AddWithValue("name", source.Name);
        command.Parameters.AddWithValue("url", source.Url.AbsoluteUri);
        command.Parameters.AddWithValue("interval", source.PollInterval);
        if (await command.ExecuteScalarAsync(cancellationToken) is long id)
        {
            return id;
        }

        // Unchanged rows are not updated (and so not returned): read the id.
        return (await FindAsync(source.Name, cancellationToken))!.Id;
    }

    public async Task<StoredSource?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, name, url, poll_interval FROM sources WHERE name = @name");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredSource(
            reader.GetInt64(0),
            new FeedSource(reader.GetString(1), new Uri(reader.GetString(2)), reader.GetFieldValue<TimeSpan>(3)));
    }
}
