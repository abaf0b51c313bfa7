using Bot.Discord.Commands;
using Bot.Discord.RateLimits;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Answers one interaction the documented way: the first answer is the callback (a reply, or a deferral), a reply
/// after a deferral edits the original response, and anything after that is a follow-up. For a MESSAGE_COMPONENT
/// (a button), <see cref="UpdateAsync"/> changes the message the button is on (UPDATE_MESSAGE, or an edit of
/// <c>@original</c> after DEFERRED_UPDATE_MESSAGE, which is how components defer). Thread-safe, so the client's
/// automatic deferral and the handler's reply cannot both be the first answer.
/// </summary>
public sealed class InteractionResponder : IDisposable
{
    private readonly AsyncLock _turn = new();
    private readonly Interaction _interaction;
    private readonly IDiscordRestClient _rest;
    private readonly ILogger _logger;

    internal InteractionResponder(Interaction interaction, IDiscordRestClient rest, ILogger logger)
    {
        _interaction = interaction;
        _rest = rest;
        _logger = logger;
    }

    public InteractionResponseState State { get; private set; }

    /// <summary>Replies (or edits the deferred response, or follows up). <paramref name="ephemeral"/> shows it to the invoker only.</summary>
    public async Task<DiscordResult<NoContent>> ReplyAsync(WebhookMessageRequest message, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var flags = ephemeral ? (message.Flags ?? 0) | DiscordConstants.EphemeralFlag : message.Flags;
        using (await _turn.AcquireAsync(cancellationToken))
        {
            switch (State)
            {
                case InteractionResponseState.None:
                    var data = new InteractionCallbackData(message.Content, message.Embeds, message.AllowedMentions, flags, Components: message.Components);
                    return Track(await CallbackAsync(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, data), cancellationToken), InteractionResponseState.Replied);
                case InteractionResponseState.Deferred:
                    // Whether it is ephemeral was fixed by the deferral, so no flags.
                    var edited = await _rest.EditOriginalResponseAsync(_interaction.ApplicationId, _interaction.Token, MessageEditRequest.From(message), cancellationToken);
                    return Track(Map(edited), InteractionResponseState.Replied);
                default:
                    return Map(await _rest.CreateFollowUpAsync(_interaction.ApplicationId, _interaction.Token, message with { Flags = flags }, cancellationToken));
            }
        }
    }

    /// <summary>Reply text only.</summary>
    public Task<DiscordResult<NoContent>> ReplyAsync(string content, bool ephemeral = false, CancellationToken cancellationToken = default) =>
        ReplyAsync(new WebhookMessageRequest(content, AllowedMentions: AllowedMentions.None), ephemeral, cancellationToken);

    /// <summary>Acknowledges now ("thinking…"); the answer comes later with <see cref="ReplyAsync(WebhookMessageRequest, bool, CancellationToken)"/>. Does nothing once answered.</summary>
    public async Task<DiscordResult<NoContent>> DeferAsync(bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        using (await _turn.AcquireAsync(cancellationToken))
        {
            if (State != InteractionResponseState.None)
            {
                return DiscordResult.Success<NoContent>(default);
            }

            // A component's deferral promises an update of its message, so it has no flags to give.
            var response = _interaction.Type == InteractionType.MessageComponent
                ? new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage)
                : new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new InteractionCallbackData(Flags: DiscordConstants.EphemeralFlag) : null);
            return Track(await CallbackAsync(response, cancellationToken), InteractionResponseState.Deferred);
        }
    }

    /// <summary>
    /// Replaces the message a clicked component is on (MESSAGE_COMPONENT interactions only): UPDATE_MESSAGE as the
    /// first answer, else an edit of <c>@original</c>, which for a component interaction is that message.
    /// </summary>
    /// <exception cref="InvalidOperationException">The interaction is not a component's.</exception>
    public async Task<DiscordResult<NoContent>> UpdateAsync(WebhookMessageRequest message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_interaction.Type != InteractionType.MessageComponent)
        {
            throw new InvalidOperationException("Only a message component's interaction can update its message.");
        }

        using (await _turn.AcquireAsync(cancellationToken))
        {
            if (State == InteractionResponseState.None)
            {
                var data = new InteractionCallbackData(message.Content, message.Embeds, message.AllowedMentions, Components: message.Components);
                return Track(await CallbackAsync(new InteractionResponse(InteractionCallbackType.UpdateMessage, data), cancellationToken), InteractionResponseState.Replied);
            }

            var edited = await _rest.EditOriginalResponseAsync(_interaction.ApplicationId, _interaction.Token, MessageEditRequest.From(message), cancellationToken);
            return Track(Map(edited), InteractionResponseState.Replied);
        }
    }

    /// <summary>A new message after the first answer (a refusal after a component's deferral, say), never an edit.</summary>
    public async Task<DiscordResult<NoContent>> FollowUpAsync(WebhookMessageRequest message, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var flags = ephemeral ? (message.Flags ?? 0) | DiscordConstants.EphemeralFlag : message.Flags;
        using (await _turn.AcquireAsync(cancellationToken))
        {
            return Map(await _rest.CreateFollowUpAsync(_interaction.ApplicationId, _interaction.Token, message with { Flags = flags }, cancellationToken));
        }
    }

    /// <summary>
    /// Edits the response given so far (a reply, or a deferral, which this finishes): fields left out of
    /// <paramref name="edit"/> keep their value, null ones are cleared.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing was answered yet: reply or defer first.</exception>
    public async Task<DiscordResult<NoContent>> EditAsync(MessageEditRequest edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using (await _turn.AcquireAsync(cancellationToken))
        {
            if (State == InteractionResponseState.None)
            {
                throw new InvalidOperationException("There is no response to edit yet: reply or defer first.");
            }

            var edited = await _rest.EditOriginalResponseAsync(_interaction.ApplicationId, _interaction.Token, edit, cancellationToken);
            return Track(Map(edited), InteractionResponseState.Replied);
        }
    }

    /// <summary>Answers an autocomplete interaction; only the first 25 choices are sent, Discord's maximum.</summary>
    public async Task<DiscordResult<NoContent>> SuggestAsync(IEnumerable<CommandChoice> choices, CancellationToken cancellationToken = default)
    {
        using (await _turn.AcquireAsync(cancellationToken))
        {
            var data = new InteractionCallbackData(Choices: [.. choices.Take(DiscordConstants.MaxAutocompleteChoices)]);
            return Track(await CallbackAsync(new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, data), cancellationToken), InteractionResponseState.Replied);
        }
    }

    public void Dispose() => _turn.Dispose();

    private async Task<DiscordResult<NoContent>> CallbackAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        var result = await _rest.CreateInteractionResponseAsync(_interaction.Id, _interaction.Token, response, cancellationToken);
        if (!result.IsSuccess && result.Error.Code == DiscordErrorCodes.UnknownInteraction)
        {
            Log.InteractionExpired(_logger, _interaction.Id.Value, _interaction.Data?.Name ?? string.Empty);
        }

        return result;
    }

    private DiscordResult<NoContent> Track(DiscordResult<NoContent> result, InteractionResponseState next)
    {
        // A 40060 means a first answer did get through: treat the interaction as answered.
        if (result.IsSuccess || result.Error.Code == DiscordErrorCodes.InteractionAlreadyAcknowledged)
        {
            State = next;
        }

        return result;
    }

    private static DiscordResult<NoContent> Map(DiscordResult<Message> result) =>
        result.IsSuccess ? DiscordResult.Success<NoContent>(default) : DiscordResult.Failure<NoContent>(result.Error);
}
