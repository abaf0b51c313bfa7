namespace Bot.Discord.Rest;

/// <summary>Which mentions in a message may ping. <see cref="None"/> suppresses every ping (for text from the news).</summary>
public sealed record AllowedMentions(IReadOnlyList<string>? Parse = null, IReadOnlyList<Snowflake>? Users = null, IReadOnlyList<Snowflake>? Roles = null, bool? RepliedUser = null)
{
    public static AllowedMentions None { get; } = new(Parse: []);
}
