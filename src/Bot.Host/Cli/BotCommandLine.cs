using System.CommandLine;
using Bot.Host.Hosting;

namespace Bot.Host.Cli;

/// <summary>
/// The verbs of <c>bot</c>: <c>run</c> (the default), <c>db migrate</c>, <c>sources import|export</c>,
/// <c>feed parse</c>, <c>match</c>, <c>backfill</c>, <c>health</c>, and the chat-ops commands <c>watch …</c>,
/// <c>sources add|list|status|pause|resume|remove</c>, <c>search</c>, <c>alerts recent</c>, <c>concept …</c> and <c>status</c>. Any other <c>--Section:Key=value</c>
/// tokens are settings and go to the configuration.
/// </summary>
public static class BotCommandLine
{
    /// <summary>Signals are left to the host, which shuts down gracefully (and stops the private PostgreSQL).</summary>
    public static InvocationConfiguration InvocationConfiguration { get; } = new() { ProcessTerminationTimeout = null };

    public static RootCommand Create()
    {
        var run = new Command("run", "Run the bot: poll sources, match rules, deliver alerts (the default).") { TreatUnmatchedTokensAsErrors = false };
        run.SetAction((parse, token) => BotApplication.RunAsync([.. parse.UnmatchedTokens], null, token));

        var migrate = new Command("migrate", "Apply pending database migrations, then exit.") { TreatUnmatchedTokensAsErrors = false };
        migrate.SetAction((parse, token) => BotApplication.MigrateAsync([.. parse.UnmatchedTokens], token));
        var db = new Command("db", "Database maintenance.") { migrate };

        var root = new RootCommand("Attribution-news watch bot: polls news feeds, matches watch rules, posts alerts.")
        {
            run,
            db,
            FeedParseCommand.Create(),
            Observability.HealthCommand.Create(),
            SourcesCommand.Create(),
            MatchCommand.Create(),
            BackfillCommand.Create(),
            WatchCommandLine.Create(),
            ConceptCommandLine.Create(),
            LookupCommandLine.Search(),
            LookupCommandLine.Alerts(),
            ChatOpsCommandLine.Verb(
                "status", "Show the guild's last poll, failing sources, delivery backlog and paused rules, as /status does in Discord.", "status", _ => Bot.Commands.CommandArguments.None),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, token) => BotApplication.RunAsync([.. parse.UnmatchedTokens], null, token));
        return root;
    }
}
