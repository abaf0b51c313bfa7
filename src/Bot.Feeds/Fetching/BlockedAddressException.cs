using System.Net;

namespace Bot.Feeds.Fetching;

/// <summary>A connection was refused by the <see cref="AddressPolicy"/> (SSRF guard) before it was made.</summary>
public sealed class BlockedAddressException : Exception
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlockedAddressException(string host, IPAddress address, string reason)
        : base($"{host} resolves to {address}, a {reason} address; add its network to Bot:Http:AllowedNetworks to allow it")
    {
    }
}
