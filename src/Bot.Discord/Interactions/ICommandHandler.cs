using Bot.Discord.Commands;

namespace Bot.Discord.Interactions;

/// <summary>
/// One slash command: its definition (registered at start-up) and what it does. Register with
/// <c>services.AddDiscordCommand&lt;T&gt;()</c>. The client defers for a handler that has not answered within
/// <see cref="DiscordOptions.InteractionDeferAfter"/>, so a reply may become an edit of the deferred response.
/// </summary>
public interface ICommandHandler
{
    CommandDefinition Definition { get; }

    ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken);

    /// <summary>Suggestions for the focused option (at most 25 are sent). Default: none.</summary>
    ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CommandChoice>>([]);
}
