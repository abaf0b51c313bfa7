using System.Text.Json;

namespace Bot.Discord.Commands;

/// <summary>A fixed choice of an option, or an autocomplete suggestion. <see cref="Value"/> is a string or a number.</summary>
public sealed record CommandChoice(string Name, JsonElement Value, IReadOnlyDictionary<string, string>? NameLocalizations = null)
{
    public static CommandChoice Of(string name, string value, IReadOnlyDictionary<string, string>? nameLocalizations = null) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String), nameLocalizations);

    public static CommandChoice Of(string name, long value, IReadOnlyDictionary<string, string>? nameLocalizations = null) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64), nameLocalizations);
}
