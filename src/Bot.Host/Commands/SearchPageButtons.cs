using Bot.Discord.Interactions;

namespace Bot.Host.Commands;

/// <summary>The previous/next buttons under a <c>/search</c> answer (custom ids from <see cref="SearchPageState"/>).</summary>
internal sealed class SearchPageButtons(SlashCommandBridge bridge) : IComponentHandler
{
    public string CustomIdPrefix => SearchPageState.Prefix;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleSearchPageAsync(context, cancellationToken);
}
