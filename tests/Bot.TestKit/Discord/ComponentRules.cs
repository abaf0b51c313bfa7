using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>
/// Discord's limits on a message's legacy components: at most five action rows (type 1), each holding one to five
/// buttons (type 2); a button's style is 1–5, its label at most 80 characters; a link (style 5) has a url and no
/// custom id, any other style a custom id of 1–100 characters, unique in the message.
/// </summary>
internal static class ComponentRules
{
    public static void Validate(JsonArray rows, JsonObject errors)
    {
        if (rows.Count > 5)
        {
            Errors.Add(errors, "components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] as JsonObject ?? [];
            if (Number(row["type"]) != 1 || row["components"] is not JsonArray { Count: >= 1 and <= 5 } buttons)
            {
                Errors.Add(errors, $"components.{i}", "UNION_TYPE_CHOICES", "An action row needs type 1 and 1 to 5 components.");
                continue;
            }

            for (var j = 0; j < buttons.Count; j++)
            {
                ValidateButton(buttons[j] as JsonObject ?? [], $"components.{i}.components.{j}", seen, errors);
            }
        }
    }

    private static void ValidateButton(JsonObject button, string at, HashSet<string> seen, JsonObject errors)
    {
        var style = Number(button["style"]);
        if (Number(button["type"]) != 2 || style is < 1 or > 5)
        {
            Errors.Add(errors, at, "UNION_TYPE_CHOICES", "Only buttons (type 2, style 1 to 5) are accepted here.");
            return;
        }

        if (button["label"]?.GetValue<string>() is { Length: > 80 })
        {
            Errors.Add(errors, $"{at}.label", "BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.");
        }

        var customId = button["custom_id"]?.GetValue<string>();
        if (style == 5)
        {
            if (customId is not null || button["url"] is null)
            {
                Errors.Add(errors, at, "BUTTON_COMPONENT_INVALID_URL", "A link button has a url and no custom_id.");
            }
        }
        else if (customId is not { Length: >= 1 and <= 100 })
        {
            Errors.Add(errors, $"{at}.custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        else if (!seen.Add(customId))
        {
            Errors.Add(errors, $"{at}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
        }
    }

    private static int Number(JsonNode? node) => node?.GetValueKind() == JsonValueKind.Number ? node.GetValue<int>() : 0;
}
