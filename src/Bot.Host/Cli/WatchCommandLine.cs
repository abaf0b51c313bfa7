using System.CommandLine;
using Bot.Commands;
using static Bot.Host.Cli.ChatOpsCommandLine;

namespace Bot.Host.Cli;

/// <summary><c>bot watch add|list|show|edit|remove|pause|resume|test</c>: the <c>/watch</c> commands from the command line.</summary>
internal static class WatchCommandLine
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The rule's name." };
        var query = new Argument<string>("QUERY") { Description = "A rule such as \"actor:russia NEAR/15 stance:denial\", or preset:russia-denial." };
        var channel = new Option<ulong?>("--channel") { Description = "The Discord channel id its alerts go to (default: the console)." };
        var role = new Option<ulong?>("--mention-role") { Description = "A Discord role id mentioned in its alerts." };
        var newQuery = new Option<string?>("--query") { Description = "A new query." };
        var clearRole = new Option<bool>("--clear-mention-role") { Description = "Mention no role in its alerts any more." };
        var days = new Option<long?>("--days") { Description = "How many days of stored articles to read (default 7)." };

        CommandArguments Named(ParseResult parse) => CommandArguments.Of(("name", parse.GetValue(name)));

        return new Command("watch", "Manage watch rules, as /watch does in Discord.")
        {
            Verb("add", "Add a rule.", "watch add", parse => CommandArguments.Of(
                ("name", parse.GetValue(name)), ("query", parse.GetValue(query)), ("channel", parse.GetValue(channel)), ("mention_role", parse.GetValue(role))),
                name, query, channel, role),
            Verb("list", "List the rules.", "watch list", _ => CommandArguments.None),
            Verb("show", "Show one rule.", "watch show", Named, name),
            Verb("edit", "Change a rule's query, channel or role, or stop mentioning a role.", "watch edit", parse => CommandArguments.Of(
                ("name", parse.GetValue(name)), ("query", parse.GetValue(newQuery)), ("channel", parse.GetValue(channel)), ("mention_role", parse.GetValue(role)),
                ("clear_mention_role", parse.GetValue(clearRole))),
                name, newQuery, channel, role, clearRole),
            Verb("remove", "Remove a rule.", "watch remove", Named, name),
            Verb("pause", "Pause a rule.", "watch pause", Named, name),
            Verb("resume", "Resume a paused rule.", "watch resume", Named, name),
            Verb("test", "Try a query on the articles stored in the last days.", "watch test", parse => CommandArguments.Of(
                ("query", parse.GetValue(query)), ("days", parse.GetValue(days))),
                query, days),
        };
    }
}
