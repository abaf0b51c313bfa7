namespace Bot.Discord.Rest;

/// <summary>One problem in a request body, e.g. path <c>embeds.0.title</c>, code <c>BASE_TYPE_MAX_LENGTH</c>.</summary>
public sealed record DiscordFieldError(string Path, string Code, string Message);
