using System.Globalization;
using System.Text;
using Bot.Commands.Localization;
using Bot.Core.Watching;

namespace Bot.Commands.Alerts;

/// <summary><c>alerts recent [rule]</c>: the guild's newest alerts, for any member.</summary>
public sealed class AlertCommands(IGuildWatchStore store)
{
    private const int Shown = 10;

    public async Task<CommandReply> RecentAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var rule = request.Arguments.GetString("rule")?.Trim() is { Length: > 0 } named ? named : null;
        var alerts = await store.RecentAlertsAsync(request.Guild, rule, Shown, cancellationToken);
        if (alerts.Count == 0)
        {
            return CommandReply.Done(rule is null ? Texts.NoAlerts.Format(language) : Texts.NoAlertsForRule.Format(language, rule), ephemeral: false);
        }

        var lines = new StringBuilder();
        foreach (var alert in alerts)
        {
            var title = alert.Link is { } link ? $"[{alert.Title.Replace("]", ")", StringComparison.Ordinal).Replace("[", "(", StringComparison.Ordinal)}]({link.AbsoluteUri})" : alert.Title;
            var when = alert.DeliveredAt is { } delivered
                ? delivered.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
                : Texts.Pending.Format(language);
            lines.Append(CultureInfo.InvariantCulture, $"{title}\n{string.Join(", ", alert.RuleNames)} · {alert.SourceName} · {when}\n");
        }

        return CommandReply.Show(new ReplyEmbed(Texts.AlertsTitle.Format(language), lines.ToString().TrimEnd()));
    }
}
