using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// Takes INTERACTION_CREATE off the gateway, drops repeats, finds the command's handler (or, for a button, the
/// component handler owning its custom id) and runs it; if the handler has not answered in time it defers for it, so
/// Discord's 3-second deadline is always met.
/// </summary>
internal sealed class InteractionDispatcher(
    IEnumerable<ICommandHandler> handlers,
    IEnumerable<IComponentHandler> componentHandlers,
    InteractionDeduplicator deduplicator,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<InteractionDispatcher> logger) : IGatewayDispatchHandler
{
    internal const string FailureText = "Something went wrong; please try again later.";

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (dispatch.Name != "INTERACTION_CREATE")
        {
            return;
        }

        var interaction = dispatch.Data.Deserialize(DiscordJsonContext.Default.Interaction);
        if (interaction is null || !deduplicator.TryClaim(interaction.Id))
        {
            Log.InteractionDuplicate(logger, interaction?.Id.Value ?? 0);
            return;
        }

        Log.InteractionReceived(logger, interaction.Id.Value, interaction.Type.ToString(), interaction.Data?.Name ?? string.Empty);
        using var responder = new InteractionResponder(interaction, rest, logger);
        var context = new InteractionContext(interaction, responder);
        if (interaction.Type == InteractionType.MessageComponent)
        {
            var customId = interaction.Data?.CustomId ?? string.Empty;
            var owner = componentHandlers.FirstOrDefault(h => customId.StartsWith(h.CustomIdPrefix, StringComparison.Ordinal));
            if (owner is null)
            {
                Log.InteractionUnknownCommand(logger, customId);
                await responder.ReplyAsync(FailureText, ephemeral: true, cancellationToken);
                return;
            }

            await RunAsync(interaction, responder, token => owner.HandleAsync(context, token), cancellationToken);
            return;
        }

        var handler = handlers.FirstOrDefault(h => string.Equals(h.Definition.Name, interaction.Data?.Name, StringComparison.Ordinal));
        if (handler is null)
        {
            Log.InteractionUnknownCommand(logger, interaction.Data?.Name ?? string.Empty);
            await responder.ReplyAsync(FailureText, ephemeral: true, cancellationToken);
            return;
        }

        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            // Autocomplete cannot be deferred: answer, even with nothing.
            var choices = await handler.AutocompleteAsync(context, cancellationToken);
            await responder.SuggestAsync(choices, cancellationToken);
            return;
        }

        await RunAsync(interaction, responder, token => handler.HandleAsync(context, token), cancellationToken);
    }

    private async Task RunAsync(Interaction interaction, InteractionResponder responder, Func<CancellationToken, ValueTask> handle, CancellationToken cancellationToken)
    {
        using var handled = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deferral = DeferIfSlowAsync(responder, handled.Token, cancellationToken);
        try
        {
            await handle(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InteractionHandlerFailed(logger, exception, Subject(interaction));
            await handled.CancelAsync();
            await deferral;
            await responder.ReplyAsync(FailureText, ephemeral: true, cancellationToken);
            return;
        }

        await handled.CancelAsync();
        await deferral;
        if (responder.State != InteractionResponseState.Replied)
        {
            Log.InteractionNotAnswered(logger, Subject(interaction));
            await responder.ReplyAsync("Done.", ephemeral: true, cancellationToken);
        }
    }

    // A command's name, or a component's custom id (which holds no secret: our own compact state).
    private static string Subject(Interaction interaction) =>
        interaction.Data is { Name.Length: > 0 } data ? data.Name : interaction.Data?.CustomId ?? string.Empty;

    // The wait ends when the handler does; a deferral once started is not cut short (it may already have arrived).
    private async Task DeferIfSlowAsync(InteractionResponder responder, CancellationToken handlerDone, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.Value.InteractionDeferAfter, timeProvider, handlerDone);
        }
        catch (OperationCanceledException) when (handlerDone.IsCancellationRequested)
        {
            return;
        }

        if (responder.State == InteractionResponseState.None)
        {
            Log.InteractionAutoDeferred(logger, options.Value.InteractionDeferAfter.TotalMilliseconds);
            await responder.DeferAsync(ephemeral: false, cancellationToken);
        }
    }
}
