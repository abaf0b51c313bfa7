using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>Log events of the storage edge. Event ids 2000–2999.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Applied migration {Version} ({Name})", EventName = "MigrationApplied")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(2001, LogLevel.Information, "Database schema is at version {Version} ({Applied} migrations applied now)", EventName = "SchemaUpToDate")]
    public static partial void SchemaUpToDate(ILogger logger, int version, int applied);

    [LoggerMessage(2100, LogLevel.Information, "Creating a private PostgreSQL cluster in {DataDirectory}", EventName = "EmbeddedInitializing")]
    public static partial void EmbeddedInitializing(ILogger logger, string dataDirectory);

    [LoggerMessage(2101, LogLevel.Information, "Private PostgreSQL listening on 127.0.0.1:{Port}, data in {DataDirectory}", EventName = "EmbeddedStarted")]
    public static partial void EmbeddedStarted(ILogger logger, int port, string dataDirectory);

    [LoggerMessage(2102, LogLevel.Warning, "A PostgreSQL server from an earlier run is still running on {ClusterDirectory}; restarting it", EventName = "EmbeddedStaleServer")]
    public static partial void EmbeddedStaleServer(ILogger logger, string clusterDirectory);

    [LoggerMessage(2103, LogLevel.Information, "Stopping private PostgreSQL in {ClusterDirectory}", EventName = "EmbeddedStopping")]
    public static partial void EmbeddedStopping(ILogger logger, string clusterDirectory);

    [LoggerMessage(2104, LogLevel.Error, "Private PostgreSQL did not stop (pg_ctl exit code {ExitCode}): {Output}", EventName = "EmbeddedStopFailed")]
    public static partial void EmbeddedStopFailed(ILogger logger, int exitCode, string output);

    [LoggerMessage(2200, LogLevel.Information, "Holding the {Lease} lease", EventName = "LeaseAcquired")]
    public static partial void LeaseAcquired(ILogger logger, string lease);

    [LoggerMessage(2201, LogLevel.Warning, "Could not try the {Lease} lease (the database?): {Problem}", EventName = "LeaseUnavailable")]
    public static partial void LeaseUnavailable(ILogger logger, string lease, string problem);

    [LoggerMessage(2202, LogLevel.Warning, "Lost the {Lease} lease: its database connection failed ({Problem})", EventName = "LeaseLost")]
    public static partial void LeaseLost(ILogger logger, string lease, string problem);

    [LoggerMessage(2203, LogLevel.Information, "Released the {Lease} lease", EventName = "LeaseReleased")]
    public static partial void LeaseReleased(ILogger logger, string lease);
}
