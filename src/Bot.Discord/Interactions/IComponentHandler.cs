namespace Bot.Discord.Interactions;

/// <summary>
/// Answers MESSAGE_COMPONENT interactions (a button clicked) whose custom id starts with <see cref="CustomIdPrefix"/>.
/// Register with <c>services.AddDiscordComponent&lt;T&gt;()</c>. Answer with
/// <see cref="InteractionResponder.UpdateAsync"/> to change the message the button is on; the client defers
/// (DEFERRED_UPDATE_MESSAGE) for a handler still busy after <see cref="DiscordOptions.InteractionDeferAfter"/>.
/// </summary>
public interface IComponentHandler
{
    /// <summary>The custom ids this handler owns start with this (e.g. <c>"search:"</c>).</summary>
    string CustomIdPrefix { get; }

    ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}
