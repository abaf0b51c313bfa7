using System.Net;
using Bot.Feeds.Fetching;

namespace Bot.Feeds.Tests.Fetching;

public sealed class AddressPolicyTests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "127.0.0.1", "loopback" },
        { "127.255.255.254", "loopback" },
        { "::1", "loopback" },
        { "10.1.2.3", "private" },
        { "172.16.0.1", "private" },
        { "172.31.255.255", "private" },
        { "192.168.1.1", "private" },
        { "fd12:3456::1", "private" },
        { "169.254.1.1", "link-local" },
        { "fe80::1", "link-local" },
        { "100.64.0.1", "carrier-grade NAT" },
        { "100.127.255.254", "carrier-grade NAT" },
        { "224.0.0.1", "multicast" },
        { "239.255.255.250", "multicast" },
        { "ff02::1", "multicast" },
        { "0.0.0.0", "unspecified" },
        { "::", "unspecified" },
        { "255.255.255.255", "reserved" },
        { "240.0.0.1", "reserved" },
        { "169.254.169.254", "cloud metadata" },
        { "168.63.129.16", "cloud metadata" },
        { "100.100.100.200", "carrier-grade NAT" },
        { "fd00:ec2::254", "private" },
        { "192.0.2.1", "documentation" },
        { "2001:db8::1", "documentation" },
        { "::ffff:127.0.0.1", "loopback" },
        { "::ffff:169.254.169.254", "cloud metadata" },
        { "::ffff:10.0.0.1", "private" },
        { "::127.0.0.1", "loopback" },
        { "64:ff9b::10.0.0.1", "private" },
        { "2002:c0a8:0101::1", "private" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusalReason_NonPublicAddress_NamesTheClass(string address, string expected)
    {
        var reason = AddressPolicy.PublicOnly.RefusalReason(IPAddress.Parse(address));

        reason.ShouldNotBeNull().ShouldContain(expected);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("100.128.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::6810:85e5")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void RefusalReason_PublicAddress_IsAllowed(string address) =>
        AddressPolicy.PublicOnly.RefusalReason(IPAddress.Parse(address)).ShouldBeNull();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void RefusalReason_AllowedNetwork_IsAllowed(string address)
    {
        var policy = new AddressPolicy([IPNetwork.Parse("127.0.0.0/8")]);

        policy.RefusalReason(IPAddress.Parse(address)).ShouldBeNull();
    }

    [Fact]
    public void RefusalReason_AllowedNetwork_OthersStayRefused()
    {
        var policy = new AddressPolicy([IPNetwork.Parse("127.0.0.0/8")]);

        policy.RefusalReason(IPAddress.Parse("10.0.0.1")).ShouldBe("private");
        policy.RefusalReason(IPAddress.Parse("::1")).ShouldBe("loopback");
    }
}
