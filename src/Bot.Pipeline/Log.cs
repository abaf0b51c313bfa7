using Microsoft.Extensions.Logging;

namespace Bot.Pipeline;

/// <summary>Log events of the pipeline. Event ids 3000–3999.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Information, "Polled {Source}: {Items} items, {NewArticles} new, {Alerts} alerts queued", EventName = "SourcePolled")]
    public static partial void Polled(ILogger logger, string source, int items, int newArticles, int alerts);

    [LoggerMessage(3001, LogLevel.Warning, "Could not fetch {Source}: {Problem}", EventName = "SourceFetchFailed")]
    public static partial void FetchFailed(ILogger logger, string source, string problem);

    [LoggerMessage(3002, LogLevel.Warning, "Could not read the feed of {Source}: {Problem}", EventName = "SourceParseFailed")]
    public static partial void ParseFailed(ILogger logger, string source, string problem);

    [LoggerMessage(3003, LogLevel.Warning, "No source is named {Source}; skipping its poll", EventName = "UnknownSource")]
    public static partial void UnknownSource(ILogger logger, string source);

    [LoggerMessage(3004, LogLevel.Debug, "{Source} has not changed since the last poll", EventName = "SourceNotModified")]
    public static partial void NotModified(ILogger logger, string source);

    [LoggerMessage(3005, LogLevel.Warning, "Source {Source} is paused until resumed (bot sources resume): {Reason}", EventName = "SourcePaused")]
    public static partial void SourcePaused(ILogger logger, string source, string reason);

    [LoggerMessage(3006, LogLevel.Information, "{Source} failed {Streak} time(s) in a row; next poll at {NextDueAt:u}", EventName = "SourceBackingOff")]
    public static partial void SourceBackingOff(ILogger logger, string source, int streak, DateTimeOffset nextDueAt);

    [LoggerMessage(3007, LogLevel.Error, "Polling {Source} failed unexpectedly", EventName = "PollCrashed")]
    public static partial void PollCrashed(ILogger logger, Exception exception, string source);

    [LoggerMessage(3008, LogLevel.Warning, "Rule {Rule} of guild {Guild} is left out: {Problem}", EventName = "RuleSkipped")]
    public static partial void RuleSkipped(ILogger logger, string rule, string guild, string problem);

    [LoggerMessage(3102, LogLevel.Warning, "Alert {AlertId} ({Rules}) was not delivered, attempt {Attempt}; trying again at {RetryAt:u}: {Reason}", EventName = "DeliveryDeferred")]
    public static partial void DeliveryDeferred(ILogger logger, long alertId, string rules, int attempt, DateTimeOffset retryAt, string reason);

    [LoggerMessage(3103, LogLevel.Error, "Alert {AlertId} ({Rules}) cannot be delivered to channel {Channel} of guild {Guild}: {Reason}. Paused rules: {PausedRules}", EventName = "DeliveryRefused")]
    public static partial void DeliveryRefused(ILogger logger, long alertId, string rules, string channel, string guild, string reason, string pausedRules);

    [LoggerMessage(3104, LogLevel.Error, "Alert {AlertId} ({Rules}) was refused and is dropped: {Reason}", EventName = "DeliveryRejected")]
    public static partial void DeliveryRejected(ILogger logger, long alertId, string rules, string reason);

    [LoggerMessage(3101, LogLevel.Error, "Delivering notice {NoticeId} about {Source} failed; it stays queued", EventName = "NoticeDeliveryFailed")]
    public static partial void NoticeDeliveryFailed(ILogger logger, Exception exception, long noticeId, string source);

    [LoggerMessage(3100, LogLevel.Error, "Delivering alert {AlertId} ({Rules}) failed unexpectedly; it stays queued", EventName = "DeliveryFailed")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, long alertId, string rules);
}
