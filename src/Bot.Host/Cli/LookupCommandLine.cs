using System.CommandLine;
using Bot.Commands;
using static Bot.Host.Cli.ChatOpsCommandLine;

namespace Bot.Host.Cli;

/// <summary><c>bot search QUERY …</c> and <c>bot alerts recent [--rule NAME]</c>: the <c>/search</c> and <c>/alerts</c> lookups from the command line.</summary>
internal static class LookupCommandLine
{
    public static Command Search()
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"phrases\" or concepts, as in watch rules." };
        var days = new Option<long?>("--days") { Description = "How many days back (default 7)." };
        var language = new Option<string?>("--language") { Description = "Only articles in this language: ar, de, en, es, fr, ru or zh." };
        var source = new Option<string?>("--source") { Description = "Only articles from this source." };
        var page = new Option<long?>("--page") { Description = "Which page of five results (default 1)." };
        return Verb("search", "Search the articles the guild's sources stored in the last days, as /search does in Discord.", "search", parse => CommandArguments.Of(
            ("query", parse.GetValue(query)), ("days", parse.GetValue(days)), ("language", parse.GetValue(language)), ("source", parse.GetValue(source)), ("page", parse.GetValue(page))),
            query, days, language, source, page);
    }

    public static Command Alerts()
    {
        var rule = new Option<string?>("--rule") { Description = "Only this rule's alerts." };
        return new Command("alerts", "Alerts the guild received, as /alerts does in Discord.")
        {
            Verb("recent", "The newest alerts, of one rule or all.", "alerts recent", parse => CommandArguments.Of(("rule", parse.GetValue(rule))), rule),
        };
    }
}
