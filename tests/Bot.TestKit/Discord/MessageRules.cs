using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>Discord's documented limits on a message body (create message, interaction reply, webhook message).</summary>
internal static class MessageRules
{
    private const int ChannelFlags = 4 | 4096 | 8192 | 32768;
    private const int EphemeralFlag = 64;

    public static bool HasContent(JsonObject message) =>
        !string.IsNullOrEmpty(message["content"]?.GetValue<string>()) || message["embeds"] is JsonArray { Count: > 0 }
        || message["sticker_ids"] is JsonArray { Count: > 0 } || message["components"] is JsonArray { Count: > 0 } || message["poll"] is not null;

    /// <summary>Null when valid; else the errors object for a 50035.</summary>
    public static JsonObject? Validate(JsonObject message, bool allowNonce, bool allowEphemeral = false)
    {
        var errors = new JsonObject();
        if (message["content"] is { } content && (content.GetValueKind() != JsonValueKind.String || content.GetValue<string>().Length > 2000))
        {
            Errors.Add(errors, "content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }

        if (message["embeds"] is JsonArray embeds)
        {
            if (embeds.Count > 10)
            {
                Errors.Add(errors, "embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
            }

            var total = 0;
            for (var i = 0; i < embeds.Count; i++)
            {
                total += ValidateEmbed(embeds[i] as JsonObject ?? [], $"embeds.{i}", errors);
            }

            if (total > 6000)
            {
                Errors.Add(errors, "embeds", "MESSAGE_EMBEDS_TOO_LARGE", "Embed size exceeds maximum size of 6000");
            }
        }

        if (message["nonce"] is { } nonce)
        {
            if (!allowNonce)
            {
                // Webhook messages have no nonce; Discord ignores it there.
            }
            else if (nonce.GetValueKind() == JsonValueKind.String ? nonce.GetValue<string>().Length > 25 : nonce.GetValueKind() != JsonValueKind.Number)
            {
                Errors.Add(errors, "nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }
        }

        if (message["allowed_mentions"] is JsonObject mentions)
        {
            var parse = (mentions["parse"] as JsonArray)?.Select(p => p?.GetValue<string>()).ToList() ?? [];
            if (parse.Any(p => p is not ("users" or "roles" or "everyone")))
            {
                Errors.Add(errors, "allowed_mentions.parse", "BASE_TYPE_CHOICES", "Value must be one of ('users', 'roles', 'everyone').");
            }

            foreach (var kind in new[] { "users", "roles" })
            {
                if (parse.Contains(kind) && mentions[kind] is JsonArray { Count: > 0 })
                {
                    Errors.Add(errors, "allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", $"parse:[\"{kind}\"] and {kind}: [ids...] are mutually exclusive.");
                }
            }
        }

        if (message["components"] is JsonArray components)
        {
            ComponentRules.Validate(components, errors);
        }

        if (message["flags"] is { } flags && (flags.GetValue<int>() & ~(ChannelFlags | (allowEphemeral ? EphemeralFlag : 0))) != 0)
        {
            Errors.Add(errors, "flags", "MESSAGE_FLAGS_INVALID", "Invalid flags.");
        }

        return errors.Count == 0 ? null : errors;
    }

    // Returns the embed's characters counted towards the 6000 total.
    private static int ValidateEmbed(JsonObject embed, string at, JsonObject errors)
    {
        var total = 0;
        total += Limit(embed["title"], 256, $"{at}.title", errors);
        total += Limit(embed["description"], 4096, $"{at}.description", errors);
        total += Limit(embed["footer"]?["text"], 2048, $"{at}.footer.text", errors);
        total += Limit(embed["author"]?["name"], 256, $"{at}.author.name", errors);
        if (embed["url"] is { } url && !(Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            Errors.Add(errors, $"{at}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }

        if (embed["fields"] is JsonArray fields)
        {
            if (fields.Count > 25)
            {
                Errors.Add(errors, $"{at}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }

            for (var i = 0; i < fields.Count; i++)
            {
                total += Limit(fields[i]?["name"], 256, $"{at}.fields.{i}.name", errors);
                total += Limit(fields[i]?["value"], 1024, $"{at}.fields.{i}.value", errors);
            }
        }

        return total;
    }

    private static int Limit(JsonNode? node, int max, string path, JsonObject errors)
    {
        var length = node?.GetValue<string>().Trim().Length ?? 0;
        if (length > max)
        {
            Errors.Add(errors, path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }

        return length;
    }
}
