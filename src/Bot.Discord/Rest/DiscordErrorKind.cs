namespace Bot.Discord.Rest;

/// <summary>What kind of failure a REST call met, for the caller to branch on.</summary>
public enum DiscordErrorKind
{
    /// <summary>400: the request was wrong (see <see cref="DiscordError.Errors"/>); do not retry it.</summary>
    BadRequest,

    /// <summary>401: bad token, or an expired interaction token. Never retried.</summary>
    Unauthorized,

    /// <summary>403: missing access or permissions. Never retried.</summary>
    Forbidden,

    /// <summary>404: unknown channel, message, interaction, webhook…</summary>
    NotFound,

    /// <summary>429 that outlived our retries, or a Cloudflare block.</summary>
    RateLimited,

    /// <summary>5xx that outlived our retries.</summary>
    ServerError,

    /// <summary>No answer: the connection failed or timed out.</summary>
    Transport,

    /// <summary>Refused here without sending: too many invalid requests lately.</summary>
    LocalLimit,

    /// <summary>Any other status.</summary>
    Other,
}
