namespace Bot.Discord.Gateway;

/// <summary>
/// One gateway connection's socket: the seam between the protocol and the network. A transport is used for one
/// connection and then disposed; at most one send and one receive are outstanding at a time.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>Reads one whole message, however many frames it spans. A connection lost without a close frame reads as closed with no code.</summary>
    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="closeCode"/> (not 1000/1001 when the session should stay resumable), or aborts if that fails.</summary>
    Task CloseAsync(int closeCode, CancellationToken cancellationToken);
}
