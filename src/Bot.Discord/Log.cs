using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>Log events of the Discord client. Event ids 4000–4999. No event carries a token.</summary>
internal static partial class Log
{
    // REST and rate limits: 4000–4099
    [LoggerMessage(4000, LogLevel.Warning, "Discord {Method} {Route} failed: HTTP {Status}, code {Code}: {Message}", EventName = "RequestFailed")]
    public static partial void RequestFailed(ILogger logger, string method, string route, int status, int code, string message);

    [LoggerMessage(4001, LogLevel.Warning, "Discord {Method} {Route} got no answer ({ErrorType})", EventName = "RequestError")]
    public static partial void RequestError(ILogger logger, string method, string route, string errorType);

    [LoggerMessage(4010, LogLevel.Debug, "Waiting {DelayMs} ms for the rate-limit bucket of {Route}", EventName = "BucketWait")]
    public static partial void BucketWait(ILogger logger, string route, double delayMs);

    [LoggerMessage(4011, LogLevel.Warning, "Rate limited on {Route} (scope {Scope}); waiting {RetryAfterMs} ms", EventName = "RateLimited")]
    public static partial void RateLimited(ILogger logger, string route, string scope, double retryAfterMs);

    [LoggerMessage(4012, LogLevel.Error, "{Count} invalid requests in 10 minutes: refusing {Route} locally to stay clear of Discord's ban", EventName = "InvalidRequestLimitReached")]
    public static partial void InvalidRequestLimitReached(ILogger logger, int count, string route);

    // Gateway: 4100–4199
    [LoggerMessage(4100, LogLevel.Information, "Connecting to the gateway at {Host}:{Port} (resume: {Resume})", EventName = "GatewayConnecting")]
    public static partial void Connecting(ILogger logger, string host, int port, bool resume);

    [LoggerMessage(4101, LogLevel.Information, "Gateway session ready (shard {ShardId} of {ShardCount})", EventName = "GatewayReady")]
    public static partial void Ready(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(4102, LogLevel.Information, "Gateway session resumed at sequence {Sequence}", EventName = "GatewayResumed")]
    public static partial void Resumed(ILogger logger, long sequence);

    [LoggerMessage(4103, LogLevel.Information, "Gateway connection closed (code {CloseCode}; 0 = no close frame)", EventName = "GatewayClosed")]
    public static partial void ConnectionClosed(ILogger logger, int closeCode);

    [LoggerMessage(4104, LogLevel.Debug, "Reconnecting to the gateway in {DelayMs} ms (resume: {Resume})", EventName = "GatewayReconnecting")]
    public static partial void Reconnecting(ILogger logger, double delayMs, bool resume);

    [LoggerMessage(4105, LogLevel.Warning, "No heartbeat ACK within {IntervalMs} ms: zombie connection, reconnecting to resume", EventName = "GatewayZombie")]
    public static partial void ZombieConnection(ILogger logger, double intervalMs);

    [LoggerMessage(4106, LogLevel.Information, "Gateway said INVALID SESSION (resumable: {Resumable})", EventName = "GatewayInvalidSession")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(4107, LogLevel.Information, "Gateway asked us to reconnect", EventName = "GatewayReconnectRequested")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(4122, LogLevel.Warning, "Unreadable gateway payload (op {OpCode} {Name}): {Problem}; reconnecting", EventName = "GatewayMalformedPayload")]
    public static partial void MalformedPayload(ILogger logger, int opCode, string name, string problem);

    [LoggerMessage(4120, LogLevel.Information, "This process holds shard {ShardId}: connecting to the gateway", EventName = "GatewayHeld")]
    public static partial void GatewayHeld(ILogger logger, int shardId);

    [LoggerMessage(4121, LogLevel.Warning, "This process no longer holds shard {ShardId}: gateway closed, standing by", EventName = "GatewayHoldLost")]
    public static partial void GatewayHoldLost(ILogger logger, int shardId);

    [LoggerMessage(4108, LogLevel.Critical, "Discord gateway stopped for good: {Reason}", EventName = "GatewayFatal")]
    public static partial void GatewayFatal(ILogger logger, string reason);

    [LoggerMessage(4109, LogLevel.Information, "Waiting {DelayMs} ms before IDENTIFY ({Reason})", EventName = "GatewayIdentifyWaiting")]
    public static partial void IdentifyWaiting(ILogger logger, double delayMs, string reason);

    [LoggerMessage(4110, LogLevel.Debug, "Dropped {Event} #{Sequence}: already received", EventName = "GatewayDuplicateDispatch")]
    public static partial void DuplicateDispatch(ILogger logger, string @event, long sequence);

    [LoggerMessage(4111, LogLevel.Warning, "Could not connect to the gateway at {Host} ({ErrorType}: {Error})", EventName = "GatewayConnectFailed")]
    public static partial void ConnectFailed(ILogger logger, string host, string errorType, string error);

    [LoggerMessage(4112, LogLevel.Error, "Handler {Handler} failed on {Event} #{Sequence}", EventName = "GatewayHandlerFailed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string @event, long sequence);

    [LoggerMessage(4113, LogLevel.Warning, "{Count} gateway handlers still running at shutdown", EventName = "GatewayHandlersStillRunning")]
    public static partial void HandlersStillRunning(ILogger logger, int count);

    [LoggerMessage(4114, LogLevel.Warning, "Unreadable gateway payload ({Length} bytes) ignored", EventName = "GatewayUnreadablePayload")]
    public static partial void UnreadablePayload(ILogger logger, int length);

    [LoggerMessage(4115, LogLevel.Debug, "Unknown gateway opcode {OpCode} ignored", EventName = "GatewayUnknownOpcode")]
    public static partial void UnknownOpcode(ILogger logger, int opCode);

    [LoggerMessage(4116, LogLevel.Information, "Stopping: closing the gateway connection with {CloseCode}, which ends the session", EventName = "GatewayStopping")]
    public static partial void Stopping(ILogger logger, int closeCode);

    [LoggerMessage(4117, LogLevel.Warning, "Gateway command op {OpCode} was rate limited: retry after {RetryAfterMs} ms (guild {GuildId}, nonce {Nonce})", EventName = "GatewayRateLimited")]
    public static partial void GatewayRateLimited(ILogger logger, int opCode, double retryAfterMs, string? guildId, string? nonce);

    // Interactions: 4200–4299
    [LoggerMessage(4200, LogLevel.Debug, "Interaction {InteractionId} ({Type}) for /{Command}", EventName = "InteractionReceived")]
    public static partial void InteractionReceived(ILogger logger, ulong interactionId, string type, string command);

    [LoggerMessage(4201, LogLevel.Debug, "Interaction {InteractionId} seen before: ignored", EventName = "InteractionDuplicate")]
    public static partial void InteractionDuplicate(ILogger logger, ulong interactionId);

    [LoggerMessage(4202, LogLevel.Warning, "No handler for /{Command}", EventName = "InteractionUnknownCommand")]
    public static partial void InteractionUnknownCommand(ILogger logger, string command);

    [LoggerMessage(4203, LogLevel.Error, "Handler of /{Command} failed", EventName = "InteractionHandlerFailed")]
    public static partial void InteractionHandlerFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(4204, LogLevel.Debug, "Handler silent after {DelayMs} ms: deferred for it", EventName = "InteractionAutoDeferred")]
    public static partial void InteractionAutoDeferred(ILogger logger, double delayMs);

    [LoggerMessage(4205, LogLevel.Warning, "Interaction {InteractionId} for /{Command} expired before our answer (10062)", EventName = "InteractionExpired")]
    public static partial void InteractionExpired(ILogger logger, ulong interactionId, string command);

    [LoggerMessage(4206, LogLevel.Warning, "Handler of /{Command} returned without answering", EventName = "InteractionNotAnswered")]
    public static partial void InteractionNotAnswered(ILogger logger, string command);

    // Commands: 4300–4399
    [LoggerMessage(4300, LogLevel.Information, "Commands unchanged in {Scope}: not registered again", EventName = "CommandsUnchanged")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(4301, LogLevel.Information, "Registered {Count} commands in {Scope}", EventName = "CommandsRegistered")]
    public static partial void CommandsRegistered(ILogger logger, string scope, int count);

    [LoggerMessage(4302, LogLevel.Error, "Command registration in {Scope} failed: {Error}", EventName = "CommandRegistrationFailed")]
    public static partial void CommandRegistrationFailed(ILogger logger, string scope, string error);

    [LoggerMessage(4303, LogLevel.Error, "Invalid command definition: {Problem}", EventName = "CommandDefinitionInvalid")]
    public static partial void CommandDefinitionInvalid(ILogger logger, string problem);
}
