using System.Net;
using System.Net.Sockets;

namespace Bot.Feeds.Fetching;

/// <summary>
/// Decides which IP addresses the bot may connect to: public unicast only, unless the operator allows a network.
/// Refused: loopback, private, link-local, CGNAT, multicast, unspecified, reserved and documentation ranges, and
/// cloud metadata addresses, whether written as IPv4 or embedded in IPv6 (mapped, compatible, NAT64, 6to4).
/// </summary>
public sealed class AddressPolicy
{
    private static readonly (IPNetwork Network, string Reason)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "carrier-grade NAT"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local (cloud metadata)"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "reserved"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        (IPNetwork.Parse("168.63.129.16/32"), "cloud metadata"),
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("100::/64"), "discard"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation"),
        (IPNetwork.Parse("fc00::/7"), "private (unique local, cloud metadata)"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    private readonly IReadOnlyList<IPNetwork> _allowed;

    public AddressPolicy(IEnumerable<IPNetwork> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        _allowed = [.. allowed];
    }

    /// <summary>A policy that allows nothing beyond public addresses.</summary>
    public static AddressPolicy PublicOnly { get; } = new([]);

    /// <summary>
    /// Why <paramref name="address"/> is refused ("loopback", "private" …), or <see langword="null"/> when the bot
    /// may connect to it.
    /// </summary>
    public string? RefusalReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normalized = Normalize(address);
        if (_allowed.Any(network => network.Contains(normalized) || network.Contains(address)))
        {
            return null;
        }

        foreach (var (network, reason) in Refused)
        {
            if (network.Contains(normalized))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), else the address itself.</summary>
    internal static IPAddress Normalize(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        if (Nat64.Contains(address) || (Compatible.Contains(address) && !address.Equals(IPAddress.IPv6None) && !address.Equals(IPAddress.IPv6Loopback)))
        {
            return new IPAddress(bytes[12..]);
        }

        return SixToFour.Contains(address) ? new IPAddress(bytes[2..6]) : address;
    }
}
