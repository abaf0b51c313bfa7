using System.Net;
using Bot.Feeds.Fetching;

namespace Bot.Feeds.Tests.Fetching;

public sealed class GuardedConnectorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2130706433")]
    [InlineData("0177.0.0.1")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("0x7f000001")]
    [InlineData("127.1")]
    [InlineData("017700000001")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[::ffff:7f00:1]")]
    [InlineData("[::1]")]
    public async Task CheckedAddressesAsync_OddLoopbackSpelling_IsBlocked(string host)
    {
        var connector = new GuardedConnector(AddressPolicy.PublicOnly, TimeSpan.FromSeconds(1), NoDns);

        await Should.ThrowAsync<BlockedAddressException>(() => connector.CheckedAddressesAsync(host, Token));
    }

    [Theory]
    [InlineData("http://2130706433/feed")]
    [InlineData("http://0177.0.0.1/feed")]
    [InlineData("http://0x7f.0.0.1/feed")]
    [InlineData("http://127.1/feed")]
    [InlineData("http://[::ffff:127.0.0.1]/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    public async Task CheckedAddressesAsync_HostOfOddUrl_IsBlocked(string url)
    {
        var connector = new GuardedConnector(AddressPolicy.PublicOnly, TimeSpan.FromSeconds(1), NoDns);

        await Should.ThrowAsync<BlockedAddressException>(() => connector.CheckedAddressesAsync(new Uri(url).IdnHost, Token));
    }

    [Fact]
    public async Task CheckedAddressesAsync_NameResolvingToPrivateAddress_IsBlocked()
    {
        var connector = new GuardedConnector(AddressPolicy.PublicOnly, TimeSpan.FromSeconds(1), (_, _) => Task.FromResult(new[] { IPAddress.Parse("10.0.0.5") }));

        var error = await Should.ThrowAsync<BlockedAddressException>(() => connector.CheckedAddressesAsync("rebind.example", Token));

        error.Message.ShouldContain("rebind.example resolves to 10.0.0.5, a private address");
        error.Message.ShouldContain("Bot:Http:AllowedNetworks");
    }

    [Fact]
    public async Task CheckedAddressesAsync_OnePrivateAmongPublicAddresses_IsBlocked()
    {
        var connector = new GuardedConnector(AddressPolicy.PublicOnly, TimeSpan.FromSeconds(1), (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.215.14"), IPAddress.Parse("127.0.0.1") }));

        await Should.ThrowAsync<BlockedAddressException>(() => connector.CheckedAddressesAsync("mixed.example", Token));
    }

    [Fact]
    public async Task CheckedAddressesAsync_PublicName_ReturnsItsAddresses()
    {
        var connector = new GuardedConnector(AddressPolicy.PublicOnly, TimeSpan.FromSeconds(1), (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.215.14") }));

        var addresses = await connector.CheckedAddressesAsync("example.com", Token);

        addresses.ShouldBe([IPAddress.Parse("93.184.215.14")]);
    }

    [Fact]
    public async Task FetchAsync_SlowNameResolution_EndsAsConnectTimeout()
    {
        var options = new FeedHttpOptions { ConnectTimeout = TimeSpan.FromMilliseconds(200), AttemptTimeout = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(3), MaxRetries = 0, PerHostDelay = TimeSpan.Zero };
        using var fetcher = FetcherHarness.Create(options, async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return [IPAddress.Loopback];
        });

        var result = await fetcher.Fetcher.FetchAsync(new Uri("http://slow.example/feed.xml"), Token);

        result.ShouldBe(new FetchResult.TimedOut(options.ConnectTimeout) { WhileConnecting = true });
    }

    [Fact]
    public async Task FetchAsync_UnknownHost_EndsAsNameResolutionError()
    {
        using var fetcher = FetcherHarness.Create(new FeedHttpOptions { MaxRetries = 0, PerHostDelay = TimeSpan.Zero }, null);

        var result = await fetcher.Fetcher.FetchAsync(new Uri("http://no-such-host.invalid/feed.xml"), Token);

        result.ShouldBeOfType<FetchResult.NetworkError>().Error.ShouldBe(HttpRequestError.NameResolutionError);
    }

    private static Task<IPAddress[]> NoDns(string host, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"'{host}' should not need DNS");
}
