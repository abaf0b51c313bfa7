using System.Net;

namespace Bot.Discord.Rest;

/// <summary>A failed REST call: the HTTP status, Discord's JSON error code and message, and each field problem.</summary>
public sealed record DiscordError(
    DiscordErrorKind Kind,
    HttpStatusCode? Status,
    int Code,
    string Message,
    IReadOnlyList<DiscordFieldError> Errors,
    TimeSpan? RetryAfter = null)
{
    /// <summary>True for failures that will not go away by trying again (missing permission, unknown channel, bad body…).</summary>
    public bool IsPermanent => Kind is DiscordErrorKind.BadRequest or DiscordErrorKind.Unauthorized or DiscordErrorKind.Forbidden or DiscordErrorKind.NotFound;

    public override string ToString() =>
        $"{Kind} ({(Status is { } s ? (int)s : 0)}, code {Code}): {Message}" +
        (Errors.Count == 0 ? string.Empty : " [" + string.Join("; ", Errors.Select(e => $"{e.Path}: {e.Code}")) + "]");
}
