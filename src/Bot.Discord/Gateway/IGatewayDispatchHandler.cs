namespace Bot.Discord.Gateway;

/// <summary>
/// Receives gateway events, off the socket's reader, several at a time, each in its own DI scope. Events may be
/// delivered more than once by Discord: handlers must be idempotent. Register with <c>TryAddEnumerable</c>.
/// </summary>
public interface IGatewayDispatchHandler
{
    ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
