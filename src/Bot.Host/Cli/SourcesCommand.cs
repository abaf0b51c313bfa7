using System.CommandLine;
using Bot.Commands;
using Bot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Cli.ChatOpsCommandLine;

namespace Bot.Host.Cli;

/// <summary>
/// <c>bot sources …</c> (alias <c>bot source …</c>): the one noun for sources. <c>import</c> and <c>export</c> work on the operator's catalogue
/// (each in its own file); <c>add|list|status|pause|resume|remove</c> run the <c>/source</c> handlers in
/// <c>--guild</c> (default 0, the operator). The operator's scope sees every source, so in guild 0 <c>list</c> is the
/// health table of the whole catalogue and <c>resume</c> also lifts a pause after failures.
/// </summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("URL") { Description = "The feed's address (RSS, Atom, JSON Feed, sitemap); it is fetched once first." };
        var name = new Argument<string>("NAME") { Description = "The source's name." };
        var optionalName = new Argument<string?>("NAME") { Arity = ArgumentArity.ZeroOrOne, Description = "One source (default: every source of the guild)." };
        var newName = new Option<string?>("--name") { Description = "A short name (default: the host)." };
        var interval = new Option<long?>("--interval") { Description = "Minutes between polls (default 5)." };
        var language = new Option<string?>("--language") { Description = "The feed's language (ar fr en ru zh es de), used instead of detection." };
        var fullText = new Option<bool>("--full-text") { Description = "Read the article page of items that carry only a summary." };

        CommandArguments Named(ParseResult parse) => CommandArguments.Of(("name", parse.GetValue(name)));

        // "source" as in /source (and the issue's `bot source list`) is the same noun, not a second one.
        var command = new Command("sources", "Manage sources: the operator's catalogue (import, export) and a guild's own feeds, as /source does in Discord.")
        {
            Verb("add", "Fetch a feed once, show it, and add it as a source of the guild.", "source add", parse => CommandArguments.Of(
                ("url", parse.GetValue(url)), ("name", parse.GetValue(newName)), ("interval", parse.GetValue(interval)),
                ("language", parse.GetValue(language)), ("full_text", parse.GetValue(fullText))),
                url, newName, interval, language, fullText),
            OperatorVerb(
                "list", "List the guild's sources; in guild 0 (the default) every source with its health, one tab-separated line each.", "source list", _ => CommandArguments.None,
                async (services, _, console, token) => await SourcesListCommand.WriteAsync(services, console.Output, token)),
            Verb("status", "A source's health: last poll, result, failures, next poll (without NAME: the guild's sources).", "source status", parse => CommandArguments.Of(
                ("name", parse.GetValue(optionalName))), optionalName),
            Verb("pause", "Stop matching a source's articles for the guild.", "source pause", Named, name),
            OperatorVerb(
                "resume", "Resume a source the guild paused; in guild 0 also a source paused after failing too long (it is polled at once).", "source resume", Named,
                ResumeInOperatorScopeAsync, name),
            Verb("remove", "Remove one of the guild's sources.", "source remove", Named, name),
            SourcesImportCommand.Create(),
            SourcesExportCommand.Create(),
        };
        command.Aliases.Add("source");
        return command;
    }

    // Guild 0 pausing its own subscription must be able to resume it, so the subscription wins; any other name is
    // the catalogue's resume after failures, as `bot sources resume` always did.
    private static async Task<int?> ResumeInOperatorScopeAsync(IServiceProvider services, CommandRequest request, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var name = request.Arguments.GetString("name") ?? string.Empty;
        if (await services.GetRequiredService<IGuildSourceStore>().FindAsync(request.Guild, name, cancellationToken) is { Paused: true })
        {
            return null;
        }

        return await SourcesResumeCommand.ResumeAsync(services, name, console, cancellationToken);
    }
}
