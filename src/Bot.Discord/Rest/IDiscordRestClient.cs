using Bot.Discord.Commands;
using Bot.Discord.Interactions;

namespace Bot.Discord.Rest;

/// <summary>The REST calls the bot uses. Every call returns a result; expected failures (4xx, 5xx, lost connections) never throw.</summary>
public interface IDiscordRestClient
{
    Task<DiscordResult<GatewayBot>> GetGatewayBotAsync(CancellationToken cancellationToken);

    Task<DiscordResult<Application>> GetCurrentApplicationAsync(CancellationToken cancellationToken);

    Task<DiscordResult<IReadOnlyList<RegisteredCommand>>> BulkOverwriteGlobalCommandsAsync(Snowflake applicationId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken);

    Task<DiscordResult<IReadOnlyList<RegisteredCommand>>> BulkOverwriteGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken);

    Task<DiscordResult<NoContent>> CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Edits the original response: fields left out of <paramref name="edit"/> keep their value, null ones are cleared.</summary>
    Task<DiscordResult<Message>> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessageEditRequest edit, CancellationToken cancellationToken);

    Task<DiscordResult<Message>> CreateFollowUpAsync(Snowflake applicationId, string interactionToken, WebhookMessageRequest message, CancellationToken cancellationToken);

    Task<DiscordResult<Channel>> GetChannelAsync(Snowflake channelId, CancellationToken cancellationToken);

    /// <summary>Posts a message. Retried after a lost answer only when it carries a nonce with enforce_nonce.</summary>
    Task<DiscordResult<Message>> CreateMessageAsync(Snowflake channelId, CreateMessageRequest message, CancellationToken cancellationToken);

    /// <summary>Starts a public thread on a message; the thread's id is the message's id.</summary>
    Task<DiscordResult<Channel>> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, StartThreadRequest thread, CancellationToken cancellationToken);
}
