using Bot.Commands;
using Bot.Commands.Search;
using Bot.Core.Watching;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using Bot.Discord.Rest;

namespace Bot.Host.Commands;

/// <summary>
/// Between Discord and the transport-neutral commands: turns an interaction into a <see cref="CommandRequest"/>
/// (guild, invoker, permissions, roles, locale, typed options), runs it, and sends the reply.
/// </summary>
internal sealed class SlashCommandBridge(CommandRunner runner)
{
    private const string SearchPath = "search";

    public async ValueTask HandleAsync(InteractionContext context, CommandDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (interaction.GuildId is null)
        {
            await SendAsync(context, CommandRunner.GuildOnly(interaction.Locale), cancellationToken);
            return;
        }

        var request = Request(context, definition) with { Deferral = new ResponderDeferral(context.Responder) };
        var path = Path(context);
        var reply = await runner.RunAsync(path, request, cancellationToken);
        await context.Responder.ReplyAsync(Message(path, request, reply), reply.Ephemeral, cancellationToken);
    }

    /// <summary>
    /// A <c>/search</c> page button: reads the search back from the custom id (refusing one that does not read), runs
    /// it in the interaction's guild as the clicking member, and replaces the message with the new page.
    /// </summary>
    public async ValueTask HandleSearchPageAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (interaction.GuildId is null)
        {
            await SendAsync(context, CommandRunner.GuildOnly(interaction.Locale), cancellationToken);
            return;
        }

        if (SearchPageState.Read(interaction.Data?.CustomId) is not { } arguments)
        {
            await SendAsync(context, SearchCommand.StaleButton(interaction.Locale), cancellationToken);
            return;
        }

        // No early deferral: a quick page is one UPDATE_MESSAGE; a slow one is deferred by the client (DEFERRED_UPDATE_MESSAGE), then edited.
        var request = Request(context, null) with { Arguments = arguments, Deferral = NoDeferral.Instance };
        var reply = await runner.RunAsync(SearchPath, request, cancellationToken);
        if (reply.Outcome == CommandOutcome.Success)
        {
            // An update keeps what it does not give, so the new page replaces all of it: no text, embeds or buttons
            // (no paging left when the articles changed) is sent as empty, which clears the old ones.
            var message = Message(SearchPath, request, reply);
            await context.Responder.UpdateAsync(
                message with { Content = message.Content ?? string.Empty, Embeds = message.Embeds ?? [], Components = message.Components ?? [] }, cancellationToken);
        }
        else if (context.Responder.State == InteractionResponseState.None)
        {
            await SendAsync(context, reply, cancellationToken);
        }
        else
        {
            // After DEFERRED_UPDATE_MESSAGE an edit would overwrite the results: say it in a message of its own.
            await context.Responder.FollowUpAsync(DiscordReply.Message(reply), ephemeral: true, cancellationToken);
        }
    }

    public async ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Interaction.GuildId is null || context.Focused is not { } focused)
        {
            return [];
        }

        var typed = focused.Value?.ToString() ?? string.Empty;
        var request = Request(context, null);
        var names = await runner.SuggestAsync(Path(context), focused.Name, typed, request, cancellationToken);
        // Choice names and values are at most 100 characters.
        return [.. names.Where(n => n.Length <= 100).Take(CommandRunner.MaxSuggestions).Select(n => CommandChoice.Of(n, n))];
    }

    // A paged reply gets previous and next buttons when its state fits in a custom id.
    private static WebhookMessageRequest Message(string path, CommandRequest request, CommandReply reply)
    {
        var message = DiscordReply.Message(reply);
        if (path != SearchPath || reply.Paging is not { } paging
            || SearchPageState.Write(request.Arguments, Math.Max(1, paging.Page - 1)) is not { } previous
            || SearchPageState.Write(request.Arguments, Math.Min(paging.Pages, paging.Page + 1)) is not { } next)
        {
            return message;
        }

        return message with
        {
            Components =
            [
                MessageComponent.Row(
                    MessageComponent.Button(previous, paging.PreviousLabel, disabled: paging.Page <= 1),
                    MessageComponent.Button(next, paging.NextLabel, ButtonStyle.Primary, disabled: paging.Page >= paging.Pages)),
            ],
        };
    }

    private static string Path(InteractionContext context) =>
        string.Join(' ', [context.Interaction.Data?.Name ?? string.Empty, .. context.Subcommands]);

    private static CommandRequest Request(InteractionContext context, CommandDefinition? definition)
    {
        var interaction = context.Interaction;
        var invoker = interaction.Invoker;
        var actor = new AuditActor(invoker?.Id.Value, invoker?.Username ?? "unknown");
        var roles = interaction.Member?.Roles?.Select(r => r.Value).ToList() ?? [];
        return new CommandRequest(
            new GuildId(interaction.GuildId?.Value ?? 0),
            actor,
            interaction.MemberPermissions,
            roles,
            interaction.Locale,
            definition is null ? CommandArguments.None : Arguments(context, definition));
    }

    // The subcommand's declared options, read with the type each was declared with.
    private static CommandArguments Arguments(InteractionContext context, CommandDefinition definition)
    {
        IReadOnlyList<CommandOption> declared = definition.Options ?? [];
        foreach (var name in context.Subcommands)
        {
            declared = declared.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))?.Options ?? [];
        }

        return new CommandArguments(declared.Select(option => new KeyValuePair<string, object?>(option.Name, option.Type switch
        {
            ApplicationCommandOptionType.Integer => context.GetInteger(option.Name),
            ApplicationCommandOptionType.Boolean => context.GetBoolean(option.Name),
            _ => context.GetString(option.Name),
        })));
    }

    private static async Task SendAsync(InteractionContext context, CommandReply reply, CancellationToken cancellationToken) =>
        await context.Responder.ReplyAsync(DiscordReply.Message(reply), reply.Ephemeral, cancellationToken);

    private sealed class ResponderDeferral(InteractionResponder responder) : IReplyDeferral
    {
        public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken) => responder.DeferAsync(ephemeral, cancellationToken);
    }
}
