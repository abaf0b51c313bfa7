using System.Net;
using System.Net.Sockets;
using Bot.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Host.IntegrationTests.Replicas;

/// <summary>
/// A PostgreSQL cluster of the crash tests' own, on a fixed port, so a test can stop and restart it under running
/// replicas without disturbing the other tests' server.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CrashCluster : IAsyncLifetime
{
    private readonly EmbeddedPostgresOptions _options = new()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "bot-crash-" + Guid.NewGuid().ToString("N")),
        Database = "bot",
        Port = FreePort(),
    };

    private EmbeddedPostgres? _server;

    public string ConnectionString { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync() => await StartAsync();

    public async Task StartAsync()
    {
        _server = await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance, CancellationToken.None, EmbeddedPostgresLifetime.Persistent);
        ConnectionString = _server.ConnectionString;
    }

    /// <summary>Stops the server (fast shutdown: clients are disconnected); <see cref="StartAsync"/> brings it back.</summary>
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_options.DataDirectory))
        {
            Directory.Delete(_options.DataDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
