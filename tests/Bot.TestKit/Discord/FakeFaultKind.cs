namespace Bot.TestKit.Discord;

public enum FakeFaultKind
{
    /// <summary>A 429 with the scope in <see cref="FakeFault.Scope"/> (user, global or shared) and Discord's headers and body.</summary>
    RateLimited,

    /// <summary>A 429 without any rate-limit header and an HTML page: a Cloudflare block.</summary>
    Cloudflare,

    /// <summary>A server error with the status in <see cref="FakeFault.Status"/>.</summary>
    ServerError,

    /// <summary>A Discord JSON error (<see cref="FakeFault.Status"/>, <see cref="FakeFault.Code"/>), e.g. 403 50013.</summary>
    DiscordError,

    /// <summary>The connection is cut before the request is looked at.</summary>
    DropBeforeProcessing,

    /// <summary>The request is carried out, then the connection is cut before the answer: the client cannot know it worked.</summary>
    DropAfterProcessing,

    /// <summary>The request is held and never answered: only the client's own timeout ends it.</summary>
    NoAnswer,

    /// <summary>
    /// The request waits <see cref="FakeFault.DelaySeconds"/> on the fake's clock before the fake looks at it (a slow
    /// network or a busy Discord), then is served as usual: it counts against the limits when it is served.
    /// </summary>
    Slow,
}
