using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage.Embedded;

/// <summary>
/// A private PostgreSQL cluster run from the local server programs: created on first use in a data folder,
/// started on 127.0.0.1 at a free port with password authentication, and stopped when disposed.
/// </summary>
/// <remarks>
/// Layout of the data folder: <c>cluster/</c> is the server's data directory, <c>credentials</c> holds the
/// generated password (readable by the bot's user only). As root the server runs as
/// <see cref="EmbeddedPostgresOptions.ServerUser"/>, which owns <c>cluster/</c>.
/// </remarks>
[UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "bot";
    private readonly string _clusterDirectory;
    private readonly PostgresBinaries _binaries;
    private readonly CommandRunner _runner;
    private readonly EmbeddedPostgresOptions _options;
    private readonly EmbeddedPostgresLifetime _lifetime;
    private readonly ILogger _logger;
    private int _stopped;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, EmbeddedPostgresLifetime lifetime, PostgresBinaries binaries, string? serverUser, ILogger logger)
    {
        _options = options;
        _lifetime = lifetime;
        _binaries = binaries;
        _runner = new CommandRunner(serverUser);
        _logger = logger;
        _clusterDirectory = Path.Combine(options.DataDirectory, "cluster");
    }

    /// <summary>Connection string to the bot's database in this cluster. Holds the password: never log it.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The TCP port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>Creates the cluster if needed, starts it and makes sure the database exists.</summary>
    /// <exception cref="EmbeddedPostgresException">The cluster could not be prepared or started; the message says why.</exception>
    public static async Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken cancellationToken, EmbeddedPostgresLifetime lifetime = EmbeddedPostgresLifetime.Persistent)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var binaries = PostgresBinaries.Locate();
        var serverUser = Environment.IsPrivilegedProcess ? options.ServerUser : null;
        var cluster = new EmbeddedPostgres(options, lifetime, binaries, serverUser, logger);
        try
        {
            await cluster.PrepareAsync(serverUser, cancellationToken);
            await cluster.StartServerAsync(cancellationToken);
            AppDomain.CurrentDomain.ProcessExit += cluster.OnProcessExit;
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (fast shutdown); a throwaway cluster's folder is deleted too.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopServerAsync();
        if (_lifetime == EmbeddedPostgresLifetime.Throwaway)
        {
            TryDelete(_options.DataDirectory);
        }
    }

    // Last resort when the process ends without disposing (an unhandled exception): never leave a server behind.
    private void OnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task PrepareAsync(string? serverUser, CancellationToken cancellationToken)
    {
        var dataDirectory = _options.DataDirectory;
        Directory.CreateDirectory(dataDirectory);
        if (serverUser is not null)
        {
            await EnsureUserExistsAsync(serverUser, cancellationToken);
            // The server user must pass through the data folder but not read the credentials in it.
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            EnsureTraversable(dataDirectory, serverUser);
        }
        else
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var credentialsFile = Path.Combine(dataDirectory, "credentials");
        if (File.Exists(Path.Combine(_clusterDirectory, "PG_VERSION")))
        {
            if (!File.Exists(credentialsFile))
            {
                throw new EmbeddedPostgresException(
                    $"The data folder {dataDirectory} holds a cluster but no credentials file. Restore the file, or delete the folder to start afresh.");
            }

            return;
        }

        Log.EmbeddedInitializing(_logger, dataDirectory);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(credentialsFile, password, cancellationToken);
        File.SetUnixFileMode(credentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Directory.CreateDirectory(_clusterDirectory);
        File.SetUnixFileMode(_clusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(dataDirectory, ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (serverUser is not null)
            {
                await ChangeOwnerAsync(serverUser, cancellationToken, _clusterDirectory, passwordFile);
            }

            var init = await _runner.RunAsync(
                _binaries.InitDb,
                ["-D", _clusterDirectory, "-U", SuperUser, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-instructions"],
                dataDirectory,
                _options.StartTimeout,
                newSession: false,
                cancellationToken);
            if (!init.Succeeded)
            {
                throw new EmbeddedPostgresException($"initdb failed for {_clusterDirectory} (exit code {init.ExitCode}): {init.Output}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var status = await PgCtlAsync(["status", "-D", _clusterDirectory], cancellationToken);
        if (status.Succeeded)
        {
            // A server left running by a killed bot: stop it and start our own, so the port and settings are known.
            Log.EmbeddedStaleServer(_logger, _clusterDirectory);
            await StopServerAsync();
        }

        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            Port = _options.Port != 0 ? _options.Port : FreePort();
            var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
            if (_lifetime == EmbeddedPostgresLifetime.Throwaway)
            {
                // A throwaway cluster trades durability for speed: its data dies with it anyway.
                settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            }

            var start = await PgCtlAsync(
                ["start", "-D", _clusterDirectory, "-w", "-t", ((int)_options.StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "-l", Path.Combine(_clusterDirectory, "server.log"), "-o", settings],
                cancellationToken,
                newSession: true);
            if (start.Succeeded)
            {
                break;
            }

            var log = ServerLogTail();
            if (attempt < attempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                continue; // another program took the port between our probe and the server's bind
            }

            throw new EmbeddedPostgresException($"PostgreSQL did not start (pg_ctl exit code {start.ExitCode}): {start.Output}\n{log}");
        }

        var password = (await File.ReadAllTextAsync(Path.Combine(_options.DataDirectory, "credentials"), cancellationToken)).Trim();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = SuperUser,
            Password = password,
            Database = "postgres",
            Pooling = false, // one-off administrative connection
        };
        await EnsureDatabaseAsync(builder.ConnectionString, _options.Database, cancellationToken);
        builder.Database = _options.Database;
        builder.Pooling = true;
        ConnectionString = builder.ConnectionString;
        Log.EmbeddedStarted(_logger, Port, _options.DataDirectory);
    }

    private async Task StopServerAsync()
    {
        if (!File.Exists(Path.Combine(_clusterDirectory, "postmaster.pid")))
        {
            return;
        }

        Log.EmbeddedStopping(_logger, _clusterDirectory);
        var stop = await PgCtlAsync(["stop", "-D", _clusterDirectory, "-m", "fast", "-w"], CancellationToken.None);
        if (!stop.Succeeded && File.Exists(Path.Combine(_clusterDirectory, "postmaster.pid")))
        {
            Log.EmbeddedStopFailed(_logger, stop.ExitCode, stop.Output);
        }
    }

    private Task<CommandRunner.Result> PgCtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool newSession = false) =>
        _runner.RunAsync(_binaries.PgCtl, arguments, _options.DataDirectory, _options.StartTimeout + TimeSpan.FromSeconds(5), newSession, cancellationToken);

    private static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        // The name was validated to [a-z0-9_], so quoting it is enough.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task EnsureUserExistsAsync(string user, CancellationToken cancellationToken)
    {
        var id = await new CommandRunner(null).RunAsync("id", ["-u", user], _options.DataDirectory, TimeSpan.FromSeconds(10), newSession: false, cancellationToken);
        if (!id.Succeeded)
        {
            throw new EmbeddedPostgresException(
                $"Running as root, the embedded PostgreSQL runs as the system user '{user}', which does not exist. "
                + $"Install the postgresql package (it creates 'postgres'), set {EmbeddedPostgresOptions.SectionName}:ServerUser, run the bot as a normal user, or set ConnectionStrings:Postgres.");
        }
    }

    private static async Task ChangeOwnerAsync(string user, CancellationToken cancellationToken, params string[] paths)
    {
        var chown = await new CommandRunner(null).RunAsync("chown", ["-R", user, .. paths], "/", TimeSpan.FromSeconds(30), newSession: false, cancellationToken);
        if (!chown.Succeeded)
        {
            throw new EmbeddedPostgresException($"Could not give {string.Join(", ", paths)} to user '{user}': {chown.Output}");
        }
    }

    // Every folder above the data folder must let the server user through, or it cannot reach its own files.
    private static void EnsureTraversable(string dataDirectory, string serverUser)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(dataDirectory)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if ((File.GetUnixFileMode(folder) & UnixFileMode.OtherExecute) == 0)
            {
                throw new EmbeddedPostgresException(
                    $"The server user '{serverUser}' cannot enter {folder}, above the data folder {dataDirectory}. "
                    + $"Choose a data folder outside it with {EmbeddedPostgresOptions.SectionName}:DataDirectory (the default as root is /var/lib/bot).");
            }
        }
    }

    private string ServerLogTail()
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(_clusterDirectory, "server.log"));
            return string.Join('\n', lines.TakeLast(10));
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
