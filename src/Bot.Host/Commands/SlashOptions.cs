using Bot.Discord.Commands;

namespace Bot.Host.Commands;

/// <summary>Builds localised command options: every name and description in English, French and Arabic.</summary>
internal static class SlashOptions
{
    public static CommandOption Sub(Words name, Words description, params CommandOption[] options) =>
        new(ApplicationCommandOptionType.SubCommand, name.English, description.English, name.Localizations, description.Localizations, Options: options);

    public static CommandOption Value(
        ApplicationCommandOptionType type, Words name, Words description, bool required = false, bool autocomplete = false, IReadOnlyList<CommandChoice>? choices = null, int? maxLength = null) =>
        new(type, name.English, description.English, name.Localizations, description.Localizations, required, choices, Autocomplete: autocomplete ? true : null, MaxLength: maxLength);
}
