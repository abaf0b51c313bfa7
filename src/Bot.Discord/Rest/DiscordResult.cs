namespace Bot.Discord.Rest;

/// <summary>Makes <see cref="DiscordResult{T}"/> values.</summary>
public static class DiscordResult
{
    public static DiscordResult<T> Success<T>(T value) => new(value, null);

    public static DiscordResult<T> Failure<T>(DiscordError error) => new(default, error);
}
