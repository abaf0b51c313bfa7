namespace Bot.Discord.Gateway;

/// <summary>What the transport read: one whole message, or the end of the connection (with the close code, if any).</summary>
internal readonly record struct GatewayFrame(ReadOnlyMemory<byte> Message, bool IsClosed, int? CloseCode)
{
    public static GatewayFrame Text(ReadOnlyMemory<byte> message) => new(message, false, null);

    public static GatewayFrame Closed(int? closeCode) => new(ReadOnlyMemory<byte>.Empty, true, closeCode);
}
