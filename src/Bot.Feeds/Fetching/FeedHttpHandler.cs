using System.Net;

namespace Bot.Feeds.Fetching;

/// <summary>The socket handler under the feed client: guarded connects, decompression, no automatic redirects, no proxy.</summary>
public static class FeedHttpHandler
{
    /// <param name="options">The feed client settings.</param>
    /// <param name="resolve">Replaces DNS (tests); default <see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>.</param>
    public static SocketsHttpHandler CreatePrimary(FeedHttpOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connector = new GuardedConnector(PolicyFor(options), options.ConnectTimeout, resolve);
        return new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            // The fetcher follows redirects itself, so each hop is counted, checked for loops and re-validated.
            AllowAutoRedirect = false,
            // A proxy would hide the real destination from the address check.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = connector.ConnectAsync,
        };
    }

    /// <summary>The address policy the settings describe: public addresses plus <see cref="FeedHttpOptions.AllowedNetworks"/>.</summary>
    public static AddressPolicy PolicyFor(FeedHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AddressPolicy(options.AllowedNetworks.Select(network => IPNetwork.Parse(network)));
    }
}
