using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage.Locks;

/// <summary>
/// Exclusive leases on PostgreSQL session advisory locks: one process at a time holds a key, on a connection of its
/// own. When the holder dies its connection closes and the server releases the lock, so a waiting process takes over
/// within one <see cref="RetryInterval"/>. The holder checks its connection every <see cref="CheckInterval"/> and
/// reports the lease lost when the check fails (database restarted or unreachable), since the lock went with it.
/// </summary>
public sealed class AdvisoryLeases(NpgsqlDataSource dataSource, ILogger<AdvisoryLeases> logger)
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>Waits until this process holds <paramref name="key"/>; <paramref name="name"/> is for logs.</summary>
    public async Task<AdvisoryLease> AcquireAsync(long key, string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            NpgsqlConnection? connection = null;
            try
            {
                connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    Log.LeaseAcquired(logger, name);
                    return new AdvisoryLease(connection, key, name, logger);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                Log.LeaseUnavailable(logger, name, ex.Message);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            await Task.Delay(RetryInterval, cancellationToken);
        }
    }
}
