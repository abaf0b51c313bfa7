namespace Bot.Discord.Gateway;

/// <summary>Gateway close codes (Discord's table), and the ones we send.</summary>
internal static class GatewayCloseCode
{
    /// <summary>Ours, to drop a connection while keeping the session resumable (1000 and 1001 would end it).</summary>
    public const int Reconnecting = 4000;

    /// <summary>
    /// Ours when the process stops: Discord ends the session at once (the bot shows offline) instead of keeping it
    /// for a resume that will never come — sessions live in memory, so the next process identifies afresh anyway.
    /// A restart that resumes (op 7, zombie, dropped socket) keeps using <see cref="Reconnecting"/>.
    /// </summary>
    public const int Normal = 1000;

    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSequence = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Codes after which reconnecting cannot help: the bot must stop and a human must act.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= InvalidShard and <= DisallowedIntents);

    /// <summary>Codes after which the session is gone and a fresh IDENTIFY is needed.</summary>
    public static bool EndsSession(int code) => code is NotAuthenticated or AlreadyAuthenticated or InvalidSequence or SessionTimedOut;

    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "authentication failed: the bot token is wrong (Discord:Token)",
        InvalidShard => "invalid shard (Discord:ShardId / Discord:ShardCount)",
        ShardingRequired => "sharding required: too many guilds for one shard (raise Discord:ShardCount)",
        InvalidApiVersion => "invalid gateway API version",
        InvalidIntents => "invalid intent bits (Discord:Intents)",
        DisallowedIntents => "disallowed intents: a privileged intent is not enabled for this app (Discord:Intents)",
        _ => $"close code {code}",
    };
}
