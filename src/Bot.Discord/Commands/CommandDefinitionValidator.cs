using System.Text.RegularExpressions;

namespace Bot.Discord.Commands;

/// <summary>
/// Checks definitions against Discord's documented rules before they are sent (a 50035 at start-up helps nobody),
/// plus our own: names and descriptions translated into every <see cref="CommandLocales.Required"/> locale.
/// </summary>
internal static partial class CommandDefinitionValidator
{
    private const int MaxOptions = 25;
    private const int MaxCommands = 100;
    private const int MaxTotalCharacters = 8000;

    public static IReadOnlyList<string> Validate(IReadOnlyList<CommandDefinition> commands)
    {
        var problems = new List<string>();
        if (commands.Count > MaxCommands)
        {
            problems.Add($"at most {MaxCommands} commands per scope (got {commands.Count})");
        }

        foreach (var duplicate in commands.GroupBy(c => (c.Name, c.Type)).Where(g => g.Count() > 1))
        {
            problems.Add($"/{duplicate.Key.Name}: defined {duplicate.Count()} times");
        }

        foreach (var command in commands)
        {
            var at = $"/{command.Name}";
            CheckText(at, command.Name, command.Description, command.NameLocalizations, command.DescriptionLocalizations, problems);
            if (command.DefaultMemberPermissions is { } permissions && !ulong.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"{at}: default_member_permissions must be a decimal bit set (got '{permissions}')");
            }

            CheckOptions(at, command.Options ?? [], problems);
            if (Size(command) > MaxTotalCharacters)
            {
                problems.Add($"{at}: more than {MaxTotalCharacters} characters in names, descriptions and choices");
            }
        }

        return problems;
    }

    private static void CheckOptions(string at, IReadOnlyList<CommandOption> options, List<string> problems)
    {
        if (options.Count > MaxOptions)
        {
            problems.Add($"{at}: at most {MaxOptions} options (got {options.Count})");
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var here = $"{at} {option.Name}";
            CheckText(here, option.Name, option.Description, option.NameLocalizations, option.DescriptionLocalizations, problems);
            if (option.Required == true && seenOptional)
            {
                problems.Add($"{here}: required options must come before optional ones");
            }

            seenOptional |= option.Required != true;
            if (option.Choices is { Count: > 0 } choices)
            {
                if (option.Autocomplete == true)
                {
                    problems.Add($"{here}: autocomplete cannot be combined with choices");
                }

                if (choices.Count > MaxOptions)
                {
                    problems.Add($"{here}: at most {MaxOptions} choices (got {choices.Count})");
                }
            }

            if (option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
            {
                CheckOptions(here, option.Options ?? [], problems);
            }
        }
    }

    private static void CheckText(string at, string name, string description, IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, string>? descriptions, List<string> problems)
    {
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            problems.Add($"{at}: name must be 1-32 lowercase letters, digits, '-', '_' or apostrophes (got '{name}')");
        }

        if (description.Length is < 1 or > 100)
        {
            problems.Add($"{at}: description must be 1-100 characters (got {description.Length})");
        }

        foreach (var locale in CommandLocales.Required)
        {
            if (names?.TryGetValue(locale, out var localName) != true || !NamePattern().IsMatch(localName!))
            {
                problems.Add($"{at}: name needs a valid '{locale}' localisation");
            }

            if (descriptions?.TryGetValue(locale, out var localDescription) != true || localDescription!.Length is < 1 or > 100)
            {
                problems.Add($"{at}: description needs a '{locale}' localisation of 1-100 characters");
            }
        }
    }

    private static int Size(CommandDefinition command) =>
        Longest(command.Name, command.NameLocalizations) + Longest(command.Description, command.DescriptionLocalizations) + (command.Options ?? []).Sum(Size);

    private static int Size(CommandOption option) =>
        Longest(option.Name, option.NameLocalizations) + Longest(option.Description, option.DescriptionLocalizations)
        + (option.Choices ?? []).Sum(c => Longest(c.Name, c.NameLocalizations) + c.Value.ToString().Length)
        + (option.Options ?? []).Sum(Size);

    private static int Longest(string text, IReadOnlyDictionary<string, string>? localized) =>
        Math.Max(text.Length, localized?.Values.Select(v => v.Length).DefaultIfEmpty(0).Max() ?? 0);

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
