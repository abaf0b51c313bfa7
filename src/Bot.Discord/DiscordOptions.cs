namespace Bot.Discord;

/// <summary>How the bot talks to Discord. Section <c>Discord</c>.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token (without the <c>Bot </c> prefix). Required; a secret: environment only, never logged.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Base URL of the REST API. Default <c>https://discord.com/api/v10</c>; operators may point it at a proxy.</summary>
    public Uri ApiBaseUrl { get; set; } = new(DiscordConstants.DefaultApiBaseUrl);

    /// <summary>Guilds to register commands in (instant, for development). Empty (default): register globally.</summary>
    public IList<ulong> GuildIds { get; } = [];

    /// <summary>This process's shard. Default 0.</summary>
    public int ShardId { get; set; }

    /// <summary>How many shards the bot runs. Default 1 (one shard holds up to 2,500 guilds).</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>Gateway intents. Default 0: slash commands need none.</summary>
    public int Intents { get; set; }

    /// <summary>Requests per second across all routes (interaction callbacks exempt). Default 50, Discord's limit.</summary>
    public int GlobalRequestsPerSecond { get; set; } = DiscordConstants.GlobalRequestsPerSecond;

    /// <summary>Retries of a request that failed transiently (5xx, dropped connection). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay between transient retries, doubled each time with jitter. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Time for one REST attempt, from sending to the answer's headers; waiting for a rate limit before sending does
    /// not count. Default 15 seconds.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Invalid responses (401, 403, non-shared 429) in 10 minutes after which every request is spaced out. Default 1000.</summary>
    public int InvalidRequestSlowDownThreshold { get; set; } = 1000;

    /// <summary>Invalid responses in 10 minutes after which requests are refused locally. Default 5000 (Discord bans at 10,000).</summary>
    public int InvalidRequestLimit { get; set; } = 5000;

    /// <summary>Longest wait between gateway reconnect attempts (doubling with jitter). Default 1 minute.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gateway events waiting for handlers before the socket reader waits too. Default 1024.</summary>
    public int DispatchQueueCapacity { get; set; } = 1024;

    /// <summary>Events handled at the same time, so one slow handler does not hold up the others. Default 8.</summary>
    public int MaxConcurrentHandlers { get; set; } = 8;

    /// <summary>
    /// When an interaction handler has not answered after this long, the client defers for it (Discord's deadline is
    /// 3 seconds). Default 1.5 seconds.
    /// </summary>
    public TimeSpan InteractionDeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Never prints the token.</summary>
    public override string ToString() =>
        $"DiscordOptions {{ ApiBaseUrl = {ApiBaseUrl}, Token = {(Token.Length == 0 ? "(none)" : "***")}, Shard = {ShardId}/{ShardCount}, GuildIds = [{string.Join(", ", GuildIds)}] }}";
}
