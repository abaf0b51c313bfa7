namespace Bot.Commands;

/// <summary>
/// Acknowledges a command before slow work, so a transport with a deadline (Discord: 3 seconds) shows "thinking…"
/// and the reply replaces it later. Whether that reply is ephemeral is fixed here.
/// </summary>
public interface IReplyDeferral
{
    Task DeferAsync(bool ephemeral, CancellationToken cancellationToken);
}
