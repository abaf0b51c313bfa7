using System.CommandLine;
using System.Globalization;
using Bot.Core.Alerts;
using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Host.Delivery;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary>
/// <c>bot backfill --since DATE [--rule NAME] [--guild ID] [--alert]</c>: replays stored articles published since a
/// date through a guild's active rules (or one of them) and prints each match; with <c>--alert</c> it also queues
/// the alerts, which a running bot delivers (an article already alerted to a channel is not alerted again).
/// Exit 0, 2 for a bad date, 65 for an unknown rule.
/// </summary>
internal static class BackfillCommand
{
    public const int UsageError = 2;

    public static Command Create()
    {
        var since = new Option<string>("--since") { Required = true, Description = "Replay articles published on or after this date (UTC), e.g. 2026-11-01 or 2026-11-01T08:00:00Z." };
        var rule = new Option<string>("--rule") { Description = "Only this rule (default: every active rule of the guild)." };
        var guild = new Option<ulong>("--guild") { Description = "The guild whose rules are replayed (default 0, the operator's)." };
        var alert = new Option<bool>("--alert") { Description = "Queue alerts for the matches, not just print them." };
        var command = new Command("backfill", "Replay stored articles through the rules; print matches, and queue alerts with --alert.") { since, rule, guild, alert };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, token) =>
        {
            if (!DateTimeOffset.TryParse(parse.GetRequiredValue(since), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from))
            {
                Console.Error.WriteLine($"--since: '{parse.GetValue(since)}' is not a date; write it like 2026-11-01 or 2026-11-01T08:00:00Z.");
                return Task.FromResult(UsageError);
            }

            var request = new BackfillRequest(from, new GuildId(parse.GetValue(guild)), parse.GetValue(rule), parse.GetValue(alert));
            return BotApplication.RunToolAsync([.. parse.UnmatchedTokens], (services, cancellationToken) =>
                RunAsync(request, services.GetRequiredService<IWatchStore>(), services.GetRequiredService<IArticleArchive>(), Console.Out, Console.Error, ConsoleProgress.ForStandardError, cancellationToken), token);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        BackfillRequest request, IWatchStore watch, IArticleArchive archive, TextWriter output, TextWriter errors, Func<long, ConsoleProgress> progressFor, CancellationToken cancellationToken)
    {
        var snapshot = await watch.LoadAsync(cancellationToken);
        var rules = snapshot.Rules.Where(r => r.Guild == request.Guild && (request.Rule is null || string.Equals(r.Name, request.Rule, StringComparison.OrdinalIgnoreCase))).ToList();
        if (rules.Count == 0)
        {
            await errors.WriteLineAsync(request.Rule is null
                ? $"Guild {request.Guild} has no active rule."
                : $"Guild {request.Guild} has no active rule named '{request.Rule}'.");
            return ExitCodes.DataError;
        }

        var book = RuleBook.Build(snapshot with { Rules = rules });
        var progress = progressFor(await archive.CountSinceAsync(request.Since, cancellationToken));
        long replayed = 0, matches = 0, queued = 0;
        await foreach (var stored in archive.ReadSinceAsync(request.Since, cancellationToken))
        {
            foreach (var draft in book.Match(stored.SourceId, stored.SourceName, stored.Article.MatchText, stored.SourceLanguage))
            {
                matches++;
                var article = stored.Article;
                await output.WriteLineAsync(ConsoleAlertSink.Format(
                    new Alert(stored.Id, draft.Guild, draft.ChannelId, draft.RuleNames, stored.SourceName, article.Title, article.Link, draft.Evidence, article.PublishedAt),
                    "MATCH"));
                if (request.Alert && await archive.QueueAlertAsync(stored.Id, draft, cancellationToken))
                {
                    queued++;
                }
            }

            progress.Report(++replayed, $"articles, {matches} matches");
        }

        progress.Finish();
        var alerted = request.Alert ? $", {queued} alerts queued ({matches - queued} already alerted)" : " (print only; --alert queues them)";
        await errors.WriteLineAsync($"Replayed {replayed} articles published since {request.Since:u} through {rules.Count} rule(s): {matches} matches{alerted}.");
        return ExitCodes.Success;
    }
}

/// <summary>What to replay: since when, whose rules, which rule, and whether to queue alerts.</summary>
internal sealed record BackfillRequest(DateTimeOffset Since, GuildId Guild, string? Rule, bool Alert);
