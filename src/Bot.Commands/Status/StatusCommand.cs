using System.Globalization;
using System.Text;
using Bot.Commands.Localization;
using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.Pipeline.Polling;

namespace Bot.Commands.Status;

/// <summary>
/// <c>status</c>: for any member, ephemerally, what the guild relies on — this replica's gateway, the last poll of
/// the sources it sees, those failing, its delivery backlog and its paused rules (delivery pauses a rule when
/// Discord refuses its channel, and this is where moderators see why).
/// </summary>
public sealed class StatusCommand(IGuildStatusStore store, TimeProvider timeProvider, IGatewayStatus? gateway = null)
{
    /// <summary>Failing sources and paused rules listed at most; the rest are counted.</summary>
    public const int Shown = 5;

    private static readonly TimeSpan FailedWindow = TimeSpan.FromHours(24);

    public async Task<CommandReply> RunAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var now = timeProvider.GetUtcNow();
        var status = await store.ReadAsync(request.Guild, now - FailedWindow, Shown, cancellationToken);
        var lastPoll = status.LastPollAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? Texts.Never.Format(language);
        var backlog = status.OldestPendingAt is { } oldest
            ? Texts.Backlog.Format(language, status.PendingAlerts, Age(now - oldest, language), status.FailedAlerts)
            : Texts.BacklogEmpty.Format(language, status.FailedAlerts);
        ReplyField[] fields =
        [
            new(Texts.Gateway.Format(language), Gateway(request, language)),
            new(Texts.LastPoll.Format(language), Texts.SourcesSeen.Format(language, lastPoll, status.SourceCount)),
            new(Texts.FailingSources.Format(language, status.FailingCount), Failing(status, language, quoteProblems: request.Guild.IsOperator)),
            new(Texts.DeliveryBacklog.Format(language), backlog),
            new(Texts.PausedRules.Format(language, status.PausedRuleCount), Paused(status, language)),
        ];
        return new CommandReply(CommandOutcome.Success, null, [new ReplyEmbed(Texts.StatusTitle.Format(language), Fields: fields)], Ephemeral: true);
    }

    // The command line runs in a process of its own that never connects to Discord, whatever the configuration.
    private string Gateway(CommandRequest request, Language language) =>
        request.Actor == AuditActor.CommandLine ? Texts.GatewayCommandLine.Format(language)
        : gateway is null ? Texts.GatewayNotConfigured.Format(language)
        : gateway.State switch
        {
            GatewayState.Connected => Texts.GatewayConnected.Format(language),
            GatewayState.Connecting => Texts.GatewayConnecting.Format(language),
            GatewayState.StandingBy => Texts.GatewayStandingBy.Format(language),
            _ => Texts.GatewayIdle.Format(language),
        };

    // Operators read the stored problem as the log has it; a Discord guild reads only its kind and HTTP status (as in
    // the pause notice), since the stored text may quote the URL of an operator's feed, and URLs can carry keys.
    private static string Failing(GuildStatus status, Language language, bool quoteProblems)
    {
        if (status.FailingSources.Count == 0)
        {
            return Texts.None.Format(language);
        }

        var lines = new StringBuilder();
        foreach (var source in status.FailingSources)
        {
            lines.Append(CultureInfo.InvariantCulture, $"**{source.Name}**");
            foreach (var part in new[] { source.LastResult, quoteProblems ? source.Problem : ProblemForGuilds(source) })
            {
                if (part is { Length: > 0 })
                {
                    lines.Append(" · ").Append(part);
                }
            }

            if (source.ErrorStreak > 0)
            {
                lines.Append(" · ").Append(Texts.Streak.Format(language, source.ErrorStreak));
            }

            if (source.PausedReason is { } reason)
            {
                lines.Append(" · ").Append(Texts.PausedBecause.Format(language, quoteProblems ? reason : Texts.FailedTooLong.Format(language)));
            }

            if (source.PausedByGuild)
            {
                lines.Append(" · ").Append(Texts.PausedBecause.Format(language, "/source pause"));
            }

            lines.Append('\n');
        }

        return More(lines, status.FailingCount - status.FailingSources.Count, language);
    }

    private static string Paused(GuildStatus status, Language language)
    {
        // A pause the guild could not be told of in any channel is said here, since nowhere else will.
        var unposted = status.UnpostedNotices > 0 ? Texts.NoticesNotPosted.Format(language, status.UnpostedNotices) : null;
        if (status.PausedRules.Count == 0)
        {
            return unposted ?? Texts.None.Format(language);
        }

        var lines = new StringBuilder();
        foreach (var rule in status.PausedRules)
        {
            lines.Append(CultureInfo.InvariantCulture, $"**{rule.Name}**: {rule.Reason ?? Texts.None.Format(language)}\n");
        }

        var listed = More(lines, status.PausedRuleCount - status.PausedRules.Count, language);
        return unposted is null ? listed : listed + "\n" + unposted;
    }

    private static string More(StringBuilder lines, int rest, Language language) =>
        (rest > 0 ? lines.Append(Texts.More.Format(language, rest)) : lines).ToString().TrimEnd();

    private static string Age(TimeSpan age, Language language) => age switch
    {
        { TotalHours: < 1 } => Texts.AgeMinutes.Format(language, Math.Max(0, (int)age.TotalMinutes)),
        { TotalDays: < 2 } => Texts.AgeHours.Format(language, (int)age.TotalHours, age.Minutes),
        _ => Texts.AgeDays.Format(language, (int)age.TotalDays, age.Hours),
    };

    private static string? ProblemForGuilds(FailingSource source) =>
        Enum.TryParse<PollResultKind>(source.LastResult, out var kind) && kind is not (PollResultKind.Ok or PollResultKind.NotModified)
            ? PollProblems.ForGuilds(kind, source.HttpStatus)
            : null;
}
