using Npgsql;

namespace Bot.Storage.Sources;

/// <summary>
/// Request starts per host booked in <c>host_turns</c>, so every replica keeps the same spacing to a host: one
/// statement books the next start on the database's clock (replicas' clocks may differ; the database's is the one
/// they share) and says how long to wait for it.
/// </summary>
public sealed class HostTurnStore(NpgsqlDataSource dataSource)
{
    /// <summary>Books <paramref name="host"/>'s next start, <paramref name="spacing"/> after the last one booked by any replica; returns the wait.</summary>
    public async Task<TimeSpan> BookAsync(string host, TimeSpan spacing, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO host_turns AS t (host, next_start) VALUES (@host, clock_timestamp() + @spacing)
            ON CONFLICT (host) DO UPDATE SET next_start = greatest(t.next_start, clock_timestamp()) + @spacing
            RETURNING greatest(extract(epoch FROM t.next_start - @spacing - clock_timestamp()), 0)::float8
            """);
        command.Parameters.AddWithValue("host", host);
        command.Parameters.AddWithValue("spacing", spacing);
        var seconds = (double)(await command.ExecuteScalarAsync(cancellationToken))!;
        return TimeSpan.FromSeconds(seconds);
    }
}
