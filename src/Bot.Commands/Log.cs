using Microsoft.Extensions.Logging;

namespace Bot.Commands;

/// <summary>Log events of the commands. Event ids 5000–5999. Ids of guilds and users only; never option text beyond names.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Refused /{Command} in guild {Guild} to user {UserId}: not a moderator", EventName = "CommandDenied")]
    public static partial void CommandDenied(ILogger logger, string command, string guild, ulong? userId);

    [LoggerMessage(5001, LogLevel.Information, "{Action} of rule {Rule} in guild {Guild} by {UserId}", EventName = "RuleChanged")]
    public static partial void RuleChanged(ILogger logger, string action, string rule, string guild, ulong? userId);

    [LoggerMessage(5002, LogLevel.Information, "Term added to {Concept} ({Language}) in guild {Guild} by {UserId}", EventName = "TermAdded")]
    public static partial void TermAdded(ILogger logger, string concept, string language, string guild, ulong? userId);

    [LoggerMessage(5003, LogLevel.Debug, "Dry run in guild {Guild}: {Matched} of {Read} articles over {Days} days in {ElapsedMs} ms", EventName = "DryRun")]
    public static partial void DryRun(ILogger logger, string guild, int matched, int read, int days, double elapsedMs);
}
