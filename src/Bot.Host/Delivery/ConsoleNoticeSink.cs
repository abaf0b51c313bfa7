using Bot.Core.Sources;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Delivery;

/// <summary>
/// Prints source notices (a source paused, and why) as one line each on standard output, next to the alerts, plus
/// a structured log event. Stands in for the guilds' alert channels until Discord delivery exists.
/// </summary>
public sealed class ConsoleNoticeSink(TextWriter output, ILogger<ConsoleNoticeSink> logger) : ISourceNoticeSink
{
    public async Task DeliverAsync(SourceNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await output.WriteLineAsync(Format(notice).AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        Log.NoticePrinted(logger, notice.Id, notice.SourceName, notice.Kind, notice.Message);
    }

    /// <summary><c>NOTICE [kind] source · message</c>, on one line, control characters replaced.</summary>
    public static string Format(SourceNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ConsoleAlertSink.Clean($"NOTICE [{notice.Kind}] {notice.SourceName} · {notice.Message}");
    }
}
