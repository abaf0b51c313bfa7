using System.Globalization;
using System.Text;
using Bot.Core.Alerts;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Delivery;

/// <summary>
/// Delivers alerts as one readable line each on standard output (logs go to standard error), plus a structured
/// log event. Used when no Discord token is configured.
/// </summary>
public sealed class ConsoleAlertSink(TextWriter output, ILogger<ConsoleAlertSink> logger) : IAlertSink
{
    public async Task<DeliveryResult> DeliverAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await output.WriteLineAsync(Format(alert).AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        Log.AlertPrinted(logger, alert.Id, alert.RuleLabel, alert.SourceName, alert.Title, alert.Link?.AbsoluteUri);
        return DeliveryResult.Delivered();
    }

    /// <summary>
    /// <c>ALERT [rule] source · published · title · link · "evidence"</c>, on one line (another <paramref name="kind"/>
    /// than ALERT for matches that are not alerts). Control characters from
    /// the feed are replaced, so an article cannot break the line or send terminal escape sequences.
    /// </summary>
    public static string Format(Alert alert, string kind = "ALERT")
    {
        ArgumentNullException.ThrowIfNull(alert);
        var line = new StringBuilder(kind).Append(" [")
            .Append(Clean(alert.RuleLabel)).Append("] ")
            .Append(Clean(alert.SourceName)).Append(" · ")
            .Append(alert.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)).Append(" · ")
            .Append(Clean(alert.Title));
        if (alert.Link is not null)
        {
            line.Append(" · ").Append(alert.Link.AbsoluteUri);
        }

        if (alert.Evidence.Count > 0)
        {
            line.Append(" · \"").Append(Clean(string.Join(" … ", alert.Evidence))).Append('"');
        }

        return line.ToString();
    }

    // Control characters from a feed would break the line or reach the terminal as escape sequences.
    internal static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        return clean.ToString().Trim();
    }
}
