using System.Net;
using System.Net.Sockets;

namespace Bot.Feeds.Fetching;

/// <summary>
/// The feed client's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, refuses the connection
/// if any address is not allowed, then connects to exactly the addresses it checked, so a DNS answer that changes
/// between check and use (rebinding) cannot slip through. Bounds the connect with its own timeout.
/// </summary>
public sealed class GuardedConnector(AddressPolicy policy, TimeSpan connectTimeout, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connectTimeout);
        try
        {
            var addresses = await CheckedAddressesAsync(endpoint.Host, timeout.Token);
            return await ConnectAnyAsync(addresses, endpoint.Port, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Connecting to {endpoint.Host}:{endpoint.Port} took longer than {connectTimeout}.");
        }
    }

    /// <summary>Resolves <paramref name="host"/> (an IP literal in any spelling resolves to itself) and checks every address.</summary>
    public async Task<IPAddress[]> CheckedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var literal = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(literal, out var parsed) ? [parsed] : await _resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        foreach (var address in addresses)
        {
            if (policy.RefusalReason(address) is { } reason)
            {
                throw new BlockedAddressException(host, address, reason);
            }
        }

        return addresses;
    }

    private static async Task<Stream> ConnectAnyAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
