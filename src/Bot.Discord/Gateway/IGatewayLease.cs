namespace Bot.Discord.Gateway;

/// <summary>
/// Decides which process holds a shard's gateway connection when several replicas run one bot: only the holder
/// connects, the others stand by and take over when the holder goes away. The default lets this process hold every
/// shard at once (one replica).
/// </summary>
public interface IGatewayLease
{
    /// <summary>Waits until this process holds <paramref name="shardId"/>.</summary>
    Task<IGatewayHold> AcquireAsync(int shardId, CancellationToken cancellationToken);
}

/// <summary>A held shard. <see cref="Lost"/> fires when the hold can no longer be vouched for; dispose to give it up.</summary>
public interface IGatewayHold : IAsyncDisposable
{
    CancellationToken Lost { get; }
}
