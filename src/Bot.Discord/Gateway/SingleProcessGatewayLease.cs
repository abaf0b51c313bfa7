namespace Bot.Discord.Gateway;

/// <summary>One replica: the shard is always held by this process.</summary>
internal sealed class SingleProcessGatewayLease : IGatewayLease
{
    public Task<IGatewayHold> AcquireAsync(int shardId, CancellationToken cancellationToken) => Task.FromResult<IGatewayHold>(Held.Instance);

    private sealed class Held : IGatewayHold
    {
        public static readonly Held Instance = new();

        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
