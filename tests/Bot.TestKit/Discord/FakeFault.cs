namespace Bot.TestKit.Discord;

/// <summary>A failure the fake answers with instead of (or after) doing the request.</summary>
public sealed record FakeFault(FakeFaultKind Kind, string Scope = "user", double RetryAfterSeconds = 1, int Status = 500, int Code = 0, string Message = "", double DelaySeconds = 0)
{
    public static FakeFault RateLimited(string scope, double retryAfterSeconds) => new(FakeFaultKind.RateLimited, scope, retryAfterSeconds, 429);

    public static FakeFault Cloudflare() => new(FakeFaultKind.Cloudflare, Status: 429);

    public static FakeFault ServerError(int status = 500) => new(FakeFaultKind.ServerError, Status: status);

    public static FakeFault Error(int status, int code, string message) => new(FakeFaultKind.DiscordError, Status: status, Code: code, Message: message);

    public static FakeFault MissingPermissions() => Error(403, 50013, "Missing Permissions");

    public static FakeFault DropBeforeProcessing() => new(FakeFaultKind.DropBeforeProcessing);

    public static FakeFault DropAfterProcessing() => new(FakeFaultKind.DropAfterProcessing);

    public static FakeFault NoAnswer() => new(FakeFaultKind.NoAnswer);

    public static FakeFault Slow(double delaySeconds) => new(FakeFaultKind.Slow, DelaySeconds: delaySeconds);
}
