namespace Bot.Discord.Commands;

/// <summary>
/// Locales every command name and description must be translated into. French is a documented Discord locale;
/// Arabic (<c>ar</c>) is accepted by Discord's API schema though missing from its human docs' table.
/// </summary>
public static class CommandLocales
{
    public const string French = "fr";
    public const string Arabic = "ar";

    public static IReadOnlyList<string> Required { get; } = [French, Arabic];
}
