namespace Bot.TestKit.Discord;

/// <summary>The gateway close codes the fake sends, named as in Discord's table.</summary>
internal static class CloseCodes
{
    public const int Normal = 1000;
    public const int GoingAway = 1001;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSequence = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Codes after which the session is gone: a resume would be refused.</summary>
    public static bool EndsSession(int code) =>
        code is NotAuthenticated or AuthenticationFailed or InvalidSequence or SessionTimedOut or (>= InvalidShard and <= DisallowedIntents);
}
