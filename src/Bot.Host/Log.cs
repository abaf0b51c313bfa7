using Microsoft.Extensions.Logging;

namespace Bot.Host;

/// <summary>Log events of the host. Event ids 1000–1999.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Alert {AlertId}: rule {Rule} matched {Title} from {Source} ({Link})", EventName = "AlertPrinted")]
    public static partial void AlertPrinted(ILogger logger, long alertId, string rule, string source, string title, string? link);

    [LoggerMessage(1001, LogLevel.Information, "Polling {Source} every {Interval}", EventName = "SourceScheduled")]
    public static partial void SourceScheduled(ILogger logger, string source, TimeSpan interval);

    [LoggerMessage(1002, LogLevel.Information, "Source {Source} is no longer configured; its polls are removed", EventName = "SourceUnscheduled")]
    public static partial void SourceUnscheduled(ILogger logger, string source);

    [LoggerMessage(1003, LogLevel.Information, "No connection string is set (ConnectionStrings:Postgres); starting the private PostgreSQL", EventName = "UsingEmbeddedPostgres")]
    public static partial void UsingEmbeddedPostgres(ILogger logger);
}
