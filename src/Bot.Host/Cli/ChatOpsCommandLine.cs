using System.CommandLine;
using System.Globalization;
using Bot.Commands;
using Bot.Core.Watching;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary>
/// Runs the chat-ops commands (<c>bot watch …</c>, <c>bot sources …</c>, <c>bot search</c>, <c>bot alerts …</c>, <c>bot concept …</c>, <c>bot status</c>) through the same <see cref="CommandRunner"/>
/// as Discord, as the operator (allowed everything) in <c>--guild</c> (default 0, the operator's scope). The reply goes
/// to standard output, a refusal to standard error; exit 0, 2 for bad input, 65 for an unknown or taken name.
/// </summary>
internal static class ChatOpsCommandLine
{
    /// <summary>What a verb does in the operator's scope before (or instead of) its handler; null runs the handler.</summary>
    public delegate Task<int?> OperatorScopeAction(IServiceProvider services, CommandRequest request, InvocationConfiguration console, CancellationToken cancellationToken);

    public const int InvalidInput = 2;
    public const int Denied = 77;

    public static Option<ulong> GuildOption() => new("--guild")
    {
        Description = "The Discord guild (server) id to act in; 0, the default, is the operator's own scope.",
        DefaultValueFactory = _ => 0,
    };

    public static Option<string> LocaleOption() => new("--locale")
    {
        Description = "Reply language: en (default), fr or ar.",
        DefaultValueFactory = _ => "en",
    };

    /// <summary>A subcommand whose action runs <paramref name="path"/> with the arguments <paramref name="arguments"/> reads from the parse.</summary>
    public static Command Verb(string name, string description, string path, Func<ParseResult, CommandArguments> arguments, params Symbol[] symbols) =>
        OperatorVerb(name, description, path, arguments, null, symbols);

    /// <summary>
    /// A <see cref="Verb"/> that, in guild 0 (the operator's scope, wider than any Discord guild), first runs
    /// <paramref name="operatorScope"/>: its exit code ends the command, null hands over to the handler.
    /// </summary>
    public static Command OperatorVerb(
        string name, string description, string path, Func<ParseResult, CommandArguments> arguments, OperatorScopeAction? operatorScope, params Symbol[] symbols)
    {
        var guild = GuildOption();
        var locale = LocaleOption();
        var command = new Command(name, description) { guild, locale };
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, token) => RunAsync(
            path, new GuildId(parse.GetValue(guild)), parse.GetValue(locale), arguments(parse), [.. parse.UnmatchedTokens], parse.InvocationConfiguration, operatorScope, token));
        return command;
    }

    public static Task<int> RunAsync(
        string path,
        GuildId guild,
        string? locale,
        CommandArguments arguments,
        IReadOnlyList<string> settings,
        InvocationConfiguration console,
        OperatorScopeAction? operatorScope,
        CancellationToken cancellationToken) =>
        BotApplication.RunToolAsync(settings, async (services, token) =>
        {
            var request = new CommandRequest(guild, AuditActor.CommandLine, CommandPermissions.ManageGuild, [], locale, arguments);
            if (operatorScope is not null && guild.IsOperator && await operatorScope(services, request, console, token) is { } exitCode)
            {
                return exitCode;
            }

            var reply = await services.GetRequiredService<CommandRunner>().RunAsync(path, request, token);
            var output = reply.Outcome == CommandOutcome.Success ? console.Output : console.Error;
            await output.WriteAsync(Render(reply));
            return ExitCode(reply.Outcome);
        }, cancellationToken);

    internal static int ExitCode(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Success => ExitCodes.Success,
        CommandOutcome.InvalidInput => InvalidInput,
        CommandOutcome.Denied => Denied,
        _ => ExitCodes.DataError,
    };

    /// <summary>A reply as plain text: the text, then each block's title, description and fields.</summary>
    internal static string Render(CommandReply reply)
    {
        var text = new System.Text.StringBuilder();
        if (reply.Text is { Length: > 0 })
        {
            text.AppendLine(reply.Text);
        }

        foreach (var embed in reply.Embeds)
        {
            text.AppendLine(embed.Title);
            if (embed.Description is { Length: > 0 } description)
            {
                text.AppendLine(description);
            }

            foreach (var field in embed.Fields ?? [])
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{field.Name}: {field.Value.Replace("```", string.Empty, StringComparison.Ordinal).Trim()}");
            }
        }

        return text.ToString();
    }
}
