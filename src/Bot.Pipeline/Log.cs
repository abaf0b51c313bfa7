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

    [LoggerMessage(3009, LogLevel.Information, "Full text of {Source}: {Extracted} page(s) read, {Failed} kept their summary after a failure, {Skipped} left for lack of budget", EventName = "FullTextRead")]
    public static partial void FullTextRead(ILogger logger, string source, int extracted, int failed, int skipped);

    [LoggerMessage(3010, LogLevel.Warning, "An article page of {Source} on {Host} could not be read; the item keeps its summary: {Problem}", EventName = "FullTextFailed")]
    public static partial void FullTextFailed(ILogger logger, string source, string host, string problem);

    [LoggerMessage(3011, LogLevel.Error, "Reading an article page of {Source} on {Host} failed unexpectedly; the item keeps its summary", EventName = "FullTextCrashed")]
    public static partial void FullTextCrashed(ILogger logger, Exception exception, string source, string host);

    [LoggerMessage(3102, LogLevel.Warning, "Alert {AlertId} ({Rules}) was not delivered, attempt {Attempt}; trying again at {RetryAt:u}: {Reason}", EventName = "DeliveryDeferred")]
    public static partial void DeliveryDeferred(ILogger logger, long alertId, string rules, int attempt, DateTimeOffset retryAt, string reason);

    [LoggerMessage(3103, LogLevel.Error, "Alert {AlertId} ({Rules}) cannot be delivered to channel {Channel} of guild {Guild}: {Reason}. Paused rules: {PausedRules}", EventName = "DeliveryRefused")]
    public static partial void DeliveryRefused(ILogger logger, long alertId, string rules, string channel, string guild, string reason, string pausedRules);

    [LoggerMessage(3104, LogLevel.Error, "Alert {AlertId} ({Rules}) was refused and is dropped: {Reason}", EventName = "DeliveryRejected")]
    public static partial void DeliveryRejected(ILogger logger, long alertId, string rules, string reason);

    [LoggerMessage(3101, LogLevel.Error, "Delivering notice {NoticeId} about {Source} failed; it stays queued", EventName = "NoticeDeliveryFailed")]
    public static partial void NoticeDeliveryFailed(ILogger logger, Exception exception, long noticeId, string source);

    [LoggerMessage(3105, LogLevel.Information, "Notice {NoticeId} ({Kind}: {Subject}) posted to channel {Channel} of guild {Guild}", EventName = "GuildNoticePosted")]
    public static partial void GuildNoticePosted(ILogger logger, long noticeId, string kind, string subject, string guild, string channel);

    [LoggerMessage(3106, LogLevel.Warning, "Notice {NoticeId} for channel {Channel} of guild {Guild} was not posted; trying again at {RetryAt:u}: {Reason}", EventName = "GuildNoticeDeferred")]
    public static partial void GuildNoticeDeferred(ILogger logger, long noticeId, string guild, string channel, DateTimeOffset retryAt, string reason);

    [LoggerMessage(3107, LogLevel.Error, "Notice {NoticeId} ({Kind}) cannot be posted to channel {Channel} of guild {Guild} and is dropped (moderators still see it in /status): {Reason}", EventName = "GuildNoticeRefused")]
    public static partial void GuildNoticeRefused(ILogger logger, long noticeId, string kind, string guild, string channel, string reason);

    [LoggerMessage(3108, LogLevel.Error, "Posting notice {NoticeId} to channel {Channel} of guild {Guild} failed unexpectedly; it stays queued", EventName = "GuildNoticeFailed")]
    public static partial void GuildNoticeFailed(ILogger logger, Exception exception, long noticeId, string guild, string channel);

    [LoggerMessage(3100, LogLevel.Error, "Delivering alert {AlertId} ({Rules}) failed unexpectedly; it stays queued", EventName = "DeliveryFailed")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, long alertId, string rules);
}
