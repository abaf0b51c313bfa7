using Bot.Discord.Gateway;
using Bot.Storage.Locks;

namespace Bot.Host.Discord;

/// <summary>
/// Several replicas, one gateway connection per shard: the shard goes to whichever replica holds its PostgreSQL
/// advisory lock. A replica that dies releases it with its connection, and one standing by takes over within seconds.
/// </summary>
internal sealed class PostgresGatewayLease(AdvisoryLeases leases) : IGatewayLease
{
    // "gateway\0" as a number, plus the shard: a key no other lock of ours uses.
    private const long KeyBase = 0x6761_7465_7761_7900;

    public async Task<IGatewayHold> AcquireAsync(int shardId, CancellationToken cancellationToken) =>
        new Hold(await leases.AcquireAsync(KeyBase + shardId, $"gateway shard {shardId}", cancellationToken));

    private sealed class Hold(AdvisoryLease lease) : IGatewayHold
    {
        public CancellationToken Lost => lease.Lost;

        public ValueTask DisposeAsync() => lease.DisposeAsync();
    }
}
