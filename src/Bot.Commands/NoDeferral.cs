namespace Bot.Commands;

/// <summary>For transports without a deadline (the command line): nothing to acknowledge.</summary>
public sealed class NoDeferral : IReplyDeferral
{
    public static NoDeferral Instance { get; } = new();

    public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken) => Task.CompletedTask;
}
