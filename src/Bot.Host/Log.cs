using Microsoft.Extensions.Logging;

namespace Bot.Host;

/// <summary>Log events of the host. Event ids 1000–1999.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Alert {AlertId}: rule {Rules} matched {Title} from {Source} ({Link})", EventName = "AlertPrinted")]
    public static partial void AlertPrinted(ILogger logger, long alertId, string rules, string source, string title, string? link);

    [LoggerMessage(1001, LogLevel.Information, "Polling {Source} every {Interval}", EventName = "SourceScheduled")]
    public static partial void SourceScheduled(ILogger logger, string source, TimeSpan interval);

    [LoggerMessage(1002, LogLevel.Information, "Source {Source} is no longer configured; it is retired and no longer polled", EventName = "SourceUnscheduled")]
    public static partial void SourceUnscheduled(ILogger logger, string source);

    [LoggerMessage(1004, LogLevel.Error, "The poll of {Source} could not be recorded; it is tried again when its claim expires", EventName = "PollNotRecorded")]
    public static partial void PollNotRecorded(ILogger logger, Exception exception, string source);

    [LoggerMessage(1005, LogLevel.Information, "Notice {NoticeId} about {Source} ({Kind}): {Message}", EventName = "NoticePrinted")]
    public static partial void NoticePrinted(ILogger logger, long noticeId, string source, string kind, string message);

    [LoggerMessage(1006, LogLevel.Information, "Imported {Count} source(s) from {File}", EventName = "SourcesImported")]
    public static partial void SourcesImported(ILogger logger, int count, string file);

    [LoggerMessage(1007, LogLevel.Information, "Watching with rule {Rule} (alerts to {Target})", EventName = "RuleConfigured")]
    public static partial void RuleConfigured(ILogger logger, string rule, string target);

    [LoggerMessage(1008, LogLevel.Information, "Retention: emptied the text of {TextsPruned} article(s), forgot {ArticlesDeleted} (Bot:Retention)", EventName = "ArticlesPruned")]
    public static partial void ArticlesPruned(ILogger logger, int textsPruned, int articlesDeleted);

    [LoggerMessage(1009, LogLevel.Warning, "Shutdown did not finish within {Limit}; exiting anyway (a service was still waiting, e.g. for the database)", EventName = "ShutdownAbandoned")]
    public static partial void ShutdownAbandoned(ILogger logger, TimeSpan limit);

    [LoggerMessage(1003, LogLevel.Information, "No connection string is set (ConnectionStrings:Postgres); starting the private PostgreSQL", EventName = "UsingEmbeddedPostgres")]
    public static partial void UsingEmbeddedPostgres(ILogger logger);

    // 1800–1899: health and metrics listener (Observability/).
    [LoggerMessage(1010, LogLevel.Warning, "The shared turn for host {Host} could not be booked in the database; it is booked in this replica only", EventName = "HostTurnBookedLocally")]
    public static partial void HostTurnBookedLocally(ILogger logger, Exception exception, string host);

    [LoggerMessage(1800, LogLevel.Information, "Health and metrics listening on {Addresses}", EventName = "HealthListening")]
    public static partial void HealthListening(ILogger logger, string addresses);

    [LoggerMessage(1801, LogLevel.Error, "Could not listen for health and metrics on {Address} port {Port} (Bot:Health)", EventName = "HealthListenerFailed")]
    public static partial void HealthListenerFailed(ILogger logger, Exception exception, string address, int port);

    [LoggerMessage(1802, LogLevel.Debug, "Could not count the outbox for bot_outbox_depth", EventName = "OutboxDepthUnavailable")]
    public static partial void OutboxDepthUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(1803, LogLevel.Information, "Exporting metrics over OTLP to {Endpoint} ({Protocol}) every {Interval}", EventName = "OtlpExporting")]
    public static partial void OtlpExporting(ILogger logger, Uri endpoint, string protocol, TimeSpan interval);
}
