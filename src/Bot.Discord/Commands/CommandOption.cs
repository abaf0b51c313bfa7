namespace Bot.Discord.Commands;

/// <summary>An option (parameter, subcommand or group) of a command definition.</summary>
public sealed record CommandOption(
    ApplicationCommandOptionType Type,
    string Name,
    string Description,
    IReadOnlyDictionary<string, string>? NameLocalizations = null,
    IReadOnlyDictionary<string, string>? DescriptionLocalizations = null,
    bool? Required = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    IReadOnlyList<CommandOption>? Options = null,
    bool? Autocomplete = null,
    int? MinLength = null,
    int? MaxLength = null);
