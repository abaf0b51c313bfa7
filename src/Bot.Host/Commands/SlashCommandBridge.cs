using Bot.Commands;
using Bot.Core.Watching;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;

namespace Bot.Host.Commands;

/// <summary>
/// Between Discord and the transport-neutral commands: turns an interaction into a <see cref="CommandRequest"/>
/// (guild, invoker, permissions, roles, locale, typed options), runs it, and sends the reply.
/// </summary>
internal sealed class SlashCommandBridge(CommandRunner runner)
{
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
        var reply = await runner.RunAsync(Path(context), request, cancellationToken);
        await SendAsync(context, reply, cancellationToken);
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
