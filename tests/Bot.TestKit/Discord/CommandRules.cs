using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.TestKit.Discord;

/// <summary>Discord's documented rules for application command objects (bulk overwrite body).</summary>
internal static partial class CommandRules
{
    // The documented locale table, plus "ar" and "he", which Discord's OpenAPI schema accepts.
    private static readonly HashSet<string> Locales = new(StringComparer.Ordinal)
    {
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi",
        "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko", "ar", "he",
    };

    public static JsonObject? Validate(JsonArray commands)
    {
        var errors = new JsonObject();
        if (commands.Count(c => (c?["type"]?.GetValue<int>() ?? 1) == 1) > 100)
        {
            Errors.Add(errors, "_errors", "APPLICATION_COMMANDS_TOO_MANY", "Maximum number of application commands reached (100).");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            var at = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (commands[i] is not JsonObject command)
            {
                Errors.Add(errors, at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }

            var type = command["type"]?.GetValue<int>() ?? 1;
            var name = command["name"]?.GetValue<string>() ?? string.Empty;
            if (!names.Add($"{type}:{name}"))
            {
                Errors.Add(errors, $"{at}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
            }

            ValidateNamed(command, at, errors, chatInput: type == 1);
            if (command["default_member_permissions"] is { } permissions
                && !(permissions.GetValueKind() == JsonValueKind.String && permissions.GetValue<string>().All(char.IsAsciiDigit)))
            {
                Errors.Add(errors, $"{at}.default_member_permissions", "NUMBER_TYPE_COERCE", "Value is not a valid permission bit set string.");
            }

            CheckEnumList(command["contexts"], [0, 1, 2], $"{at}.contexts", errors);
            CheckEnumList(command["integration_types"], [0, 1], $"{at}.integration_types", errors);
            ValidateOptions(command["options"] as JsonArray, $"{at}.options", errors);
            if (Size(command) > 8000)
            {
                Errors.Add(errors, at, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
            }
        }

        return errors.Count == 0 ? null : errors;
    }

    private static void ValidateOptions(JsonArray? options, string at, JsonObject errors)
    {
        if (options is null)
        {
            return;
        }

        if (options.Count > 25)
        {
            Errors.Add(errors, at, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        var optionalSeen = false;
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i] as JsonObject ?? [];
            var here = $"{at}.{i}";
            ValidateNamed(option, here, errors, chatInput: true);
            var type = option["type"]?.GetValue<int>() ?? 0;
            if (type is < 1 or > 11)
            {
                Errors.Add(errors, $"{here}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, …, 11}.");
            }

            var required = option["required"]?.GetValue<bool>() == true;
            if (required && optionalSeen)
            {
                Errors.Add(errors, here, "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            optionalSeen |= !required;
            if (option["choices"] is JsonArray { Count: > 0 } choices)
            {
                if (option["autocomplete"]?.GetValue<bool>() == true)
                {
                    Errors.Add(errors, $"{here}.autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete cannot be set with choices");
                }

                if (choices.Count > 25)
                {
                    Errors.Add(errors, $"{here}.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }
            }

            if (type is 1 or 2)
            {
                ValidateOptions(option["options"] as JsonArray, $"{here}.options", errors);
            }
        }
    }

    private static void ValidateNamed(JsonObject named, string at, JsonObject errors, bool chatInput)
    {
        var name = named["name"]?.GetValue<string>() ?? string.Empty;
        if (chatInput ? !IsChatInputName(name) : name.Length is < 1 or > 32)
        {
            Errors.Add(errors, $"{at}.name", "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid: {name}");
        }

        var description = named["description"]?.GetValue<string>() ?? string.Empty;
        if (chatInput && description.Length is < 1 or > 100)
        {
            Errors.Add(errors, $"{at}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        CheckLocalizations(named["name_localizations"] as JsonObject, $"{at}.name_localizations", errors, text => !chatInput || IsChatInputName(text));
        CheckLocalizations(named["description_localizations"] as JsonObject, $"{at}.description_localizations", errors, text => text.Length is >= 1 and <= 100);
    }

    private static void CheckLocalizations(JsonObject? localizations, string at, JsonObject errors, Func<string, bool> valid)
    {
        foreach (var (locale, text) in localizations ?? [])
        {
            if (!Locales.Contains(locale))
            {
                Errors.Add(errors, $"{at}.{locale}", "ENUM_TYPE_COERCE", $"Value \"{locale}\" is not a valid enum value.");
            }
            else if (text is null || !valid(text.GetValue<string>()))
            {
                Errors.Add(errors, $"{at}.{locale}", "APPLICATION_COMMAND_INVALID_LOCALIZATION", "Localized text is invalid.");
            }
        }
    }

    private static void CheckEnumList(JsonNode? list, int[] allowed, string at, JsonObject errors)
    {
        if (list is JsonArray values && values.Any(v => !allowed.Contains(v?.GetValue<int>() ?? -1)))
        {
            Errors.Add(errors, at, "BASE_TYPE_CHOICES", $"Value must be one of {{{string.Join(", ", allowed)}}}.");
        }
    }

    private static bool IsChatInputName(string name) =>
        NamePattern().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    // Names, descriptions and choices, counting only the longest localisation of each field.
    private static int Size(JsonObject named)
    {
        static int Longest(JsonNode? text, JsonNode? localized) =>
            Math.Max(text?.ToString().Length ?? 0, (localized as JsonObject)?.Select(p => p.Value?.ToString().Length ?? 0).DefaultIfEmpty(0).Max() ?? 0);

        var size = Longest(named["name"], named["name_localizations"]) + Longest(named["description"], named["description_localizations"]);
        foreach (var choice in named["choices"] as JsonArray ?? [])
        {
            size += Longest(choice?["name"], choice?["name_localizations"]) + (choice?["value"]?.ToString().Length ?? 0);
        }

        foreach (var option in named["options"] as JsonArray ?? [])
        {
            size += Size(option as JsonObject ?? []);
        }

        return size;
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
