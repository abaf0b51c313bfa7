using System.CommandLine;
using Bot.Commands;
using static Bot.Host.Cli.ChatOpsCommandLine;

namespace Bot.Host.Cli;

/// <summary><c>bot concept show|add-term</c>: the <c>/concept</c> commands from the command line.</summary>
internal static class ConceptCommandLine
{
    public static Command Create()
    {
        var name = new Argument<string>("CONCEPT") { Description = "A concept such as actor:russia." };
        var language = new Argument<string>("LANGUAGE") { Description = "The term's language: any, ar, de, en, es, fr, ru or zh." };
        var term = new Argument<string>("TERM") { Description = "A word, a phrase, or a word start ending in *." };
        return new Command("concept", "Show concepts and add terms to them, as /concept does in Discord.")
        {
            Verb("show", "Show a concept's terms per language.", "concept show", parse => CommandArguments.Of(("name", parse.GetValue(name))), name),
            Verb("add-term", "Add a term to a concept for the guild.", "concept add-term", parse => CommandArguments.Of(
                ("concept", parse.GetValue(name)), ("language", parse.GetValue(language)), ("term", parse.GetValue(term))),
                name, language, term),
        };
    }
}
