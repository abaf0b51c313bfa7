using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>Commands and interactions: bulk overwrite, the callback with its 3-second deadline, edits and follow-ups.</summary>
public sealed partial class FakeDiscord
{
    private static readonly int[] CallbackTypes = [1, 4, 5, 6, 7, 8, 9];

    /// <summary>
    /// Sends an INTERACTION_CREATE for slash command <paramref name="command"/> with <paramref name="options"/> (a JSON
    /// array of interaction options, or null). <paramref name="age"/> makes it older, e.g. past the 3-second deadline.
    /// </summary>
    public async Task<FakeInteraction> SendInteractionAsync(
        string command,
        JsonArray? options = null,
        int type = 2,
        ulong channelId = 1_200_000_000_000_000_001,
        ulong guildId = 1_100_000_000_000_000_001,
        string permissions = "2147483647",
        string locale = "fr",
        TimeSpan age = default,
        ulong? id = null,
        IReadOnlyList<ulong>? roles = null)
    {
        var interactionId = id ?? NextId();
        var token = $"aW50ZXJhY3Rpb246{interactionId}:{Guid.NewGuid():N}";
        var interaction = Interactions.GetOrAdd(interactionId, _ => new FakeInteraction(interactionId, token, command, Now - age.TotalSeconds) { Type = type });
        var data = Payload(interaction, type, channelId, guildId, permissions, locale, roles);
        data["data"] = new JsonObject
        {
            ["id"] = Id(NextId()),
            ["name"] = command,
            ["type"] = 1,
            ["options"] = options ?? [],
        };
        await Gateway.DispatchAsync("INTERACTION_CREATE", data);
        return interaction;
    }

    /// <summary>
    /// Sends the MESSAGE_COMPONENT interaction (type 3) of a click on button <paramref name="customId"/> of
    /// <paramref name="message"/> (the message as the bot left it, e.g. <see cref="FakeInteraction.Original"/>):
    /// <c>data</c> holds the custom id and component type 2, <c>message</c> the message. The bot answers with
    /// UPDATE_MESSAGE (7) or DEFERRED_UPDATE_MESSAGE (6); the update is recorded as the interaction's original.
    /// </summary>
    public async Task<FakeInteraction> SendComponentInteractionAsync(
        string customId,
        JsonObject? message = null,
        ulong channelId = 1_200_000_000_000_000_001,
        ulong guildId = 1_100_000_000_000_000_001,
        string permissions = "2147483647",
        string locale = "fr",
        IReadOnlyList<ulong>? roles = null)
    {
        var interactionId = NextId();
        var token = $"aW50ZXJhY3Rpb246{interactionId}:{Guid.NewGuid():N}";
        var interaction = Interactions.GetOrAdd(interactionId, _ => new FakeInteraction(interactionId, token, string.Empty, Now)
        {
            Type = 3,
            CustomId = customId,
            Message = message?.DeepClone() as JsonObject ?? [],
        });
        var data = Payload(interaction, 3, channelId, guildId, permissions, locale, roles);
        data["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        var shown = message?.DeepClone() as JsonObject ?? new JsonObject { ["content"] = string.Empty };
        shown["id"] ??= Id(NextId());
        shown["channel_id"] = Id(channelId);
        data["message"] = shown;
        await Gateway.DispatchAsync("INTERACTION_CREATE", data);
        return interaction;
    }

    private JsonObject Payload(FakeInteraction interaction, int type, ulong channelId, ulong guildId, string permissions, string locale, IReadOnlyList<ulong>? roles) =>
        new()
        {
            ["id"] = Id(interaction.Id),
            ["application_id"] = Id(Options.ApplicationId),
            ["type"] = type,
            ["token"] = interaction.Token,
            ["version"] = 1,
            ["guild_id"] = Id(guildId),
            ["guild"] = new JsonObject { ["id"] = Id(guildId), ["locale"] = "en-US", ["features"] = new JsonArray() },
            ["channel_id"] = Id(channelId),
            ["channel"] = new JsonObject { ["id"] = Id(channelId), ["type"] = 0 },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = "1000000000000000042", ["username"] = "analyst", ["global_name"] = "Analyst" },
                ["permissions"] = permissions,
                ["roles"] = new JsonArray([.. (roles ?? []).Select(r => (JsonNode)Id(r))]),
                ["joined_at"] = "2025-01-01T00:00:00.000000+00:00",
            },
            ["app_permissions"] = "309237730304",
            ["locale"] = locale,
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Id(guildId) },
            ["context"] = 0,
            ["attachment_size_limit"] = 10_485_760,
        };

    private Reply PutCommands(string applicationId, string scope, JsonNode? body)
    {
        if (applicationId != Id(Options.ApplicationId))
        {
            return Reply.Error(403, 50001, "Missing Access");
        }

        if (body is not JsonArray commands)
        {
            return Reply.Invalid(Errors.One("_errors", "BASE_TYPE_ARRAY", "Must be an array."));
        }

        if (CommandRules.Validate(commands) is { } errors)
        {
            return Reply.Invalid(errors);
        }

        var previous = Commands.TryGetValue(scope, out var existing) ? existing : [];
        var stored = new JsonArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            var name = copy["name"]!.GetValue<string>();
            copy["id"] = previous.OfType<JsonObject>().FirstOrDefault(p => p["name"]!.GetValue<string>() == name)?["id"]?.DeepClone() ?? Id(NextId());
            copy["application_id"] = Id(Options.ApplicationId);
            copy["version"] = Id(NextId());
            copy["type"] ??= 1;
            if (scope.StartsWith("guild/", StringComparison.Ordinal))
            {
                copy["guild_id"] = scope["guild/".Length..];
            }

            stored.Add(copy);
        }

        Commands[scope] = stored;
        CommandPuts.AddOrUpdate(scope, 1, (_, n) => n + 1);
        return new Reply(200, stored.DeepClone());
    }

    private Reply InteractionCallback(string interactionId, string token, JsonNode? body, double now)
    {
        if (!ulong.TryParse(interactionId, CultureInfo.InvariantCulture, out var id) || !Interactions.TryGetValue(id, out var interaction) || interaction.Token != token)
        {
            return Reply.Error(404, 10062, "Unknown interaction");
        }

        var type = body?["type"]?.GetValue<int>() ?? 0;
        if (!CallbackTypes.Contains(type))
        {
            return Reply.Invalid(Errors.One("type", "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9}."));
        }

        // DEFERRED_UPDATE_MESSAGE and UPDATE_MESSAGE answer components only (discord-api.md §3.4).
        if (type is 6 or 7 && interaction.Type != 3)
        {
            return Reply.Invalid(Errors.One("type", "INTERACTION_CALLBACK_TYPE_INVALID", "This callback type is only valid for message component interactions."));
        }

        var data = body!["data"] as JsonObject;
        if (type == 8 && data?["choices"] is JsonArray { Count: > 25 })
        {
            return Reply.Invalid(Errors.One("data.choices", "BASE_TYPE_BAD_LENGTH", "Must be between 0 and 25 in length."));
        }

        if (type is 4 or 7 && data is not null)
        {
            if (MessageRules.Validate(data, allowNonce: false, allowEphemeral: true) is { } errors)
            {
                return Reply.Invalid(new JsonObject { ["data"] = errors });
            }

            if (type == 4 && !MessageRules.HasContent(data))
            {
                return Reply.Error(400, 50006, "Cannot send an empty message");
            }
        }

        lock (interaction)
        {
            if (interaction.CallbackType is not null)
            {
                interaction.RefusedCodes.Enqueue(40060);
                return Reply.Error(400, 40060, "Interaction has already been acknowledged.");
            }

            if (now - interaction.CreatedAt > 3.0)
            {
                interaction.RefusedCodes.Enqueue(10062);
                return Reply.Error(404, 10062, "Unknown interaction");
            }

            interaction.CallbackAfter = now - interaction.CreatedAt;
            interaction.CallbackData = data?.DeepClone() as JsonObject;
            interaction.Original = type is 4 or 5 ? (data?.DeepClone() as JsonObject ?? []) : null;
            if (type == 7)
            {
                interaction.Message = Updated(interaction.Message, data);
            }

            interaction.CallbackType = type; // last: tests poll it without the lock, then read the rest
        }

        return new Reply(204, null);
    }

    // An update changes the fields it gives and keeps the others, as an edit does.
    private static JsonObject Updated(JsonObject? original, JsonObject? update)
    {
        var message = original?.DeepClone() as JsonObject ?? [];
        foreach (var (name, value) in update ?? [])
        {
            message[name] = value?.DeepClone();
        }

        return message;
    }

    private Reply EditOriginal(string applicationId, string token, JsonNode? body, double now) =>
        WebhookMessage(applicationId, token, body, now, (interaction, edit) =>
        {
            interaction.Edits.Enqueue(edit);
            lock (interaction)
            {
                // After DEFERRED_UPDATE_MESSAGE, @original is the message the component is on.
                var updating = interaction.CallbackType == 6;

                // PATCH: null clears a field, absence keeps it.
                var original = (updating ? interaction.Message : interaction.Original) ?? [];
                foreach (var (name, value) in edit)
                {
                    if (value is null)
                    {
                        original.Remove(name);
                    }
                    else
                    {
                        original[name] = value.DeepClone();
                    }
                }

                if (updating)
                {
                    interaction.Message = original;
                }
                else
                {
                    interaction.Original = original;
                }

                return (JsonObject)original.DeepClone();
            }
        });

    private Reply FollowUp(string applicationId, string token, JsonNode? body, double now) =>
        WebhookMessage(applicationId, token, body, now, (interaction, message) =>
        {
            interaction.FollowUps.Enqueue(message);
            return message;
        });

    // store keeps the message and returns it as it now stands (an edit's result is the merged original).
    private Reply WebhookMessage(string applicationId, string token, JsonNode? body, double now, Func<FakeInteraction, JsonObject, JsonObject> store)
    {
        var interaction = Interactions.Values.FirstOrDefault(i => i.Token == token);
        if (applicationId != Id(Options.ApplicationId) || interaction is null)
        {
            return Reply.Error(404, 10015, "Unknown Webhook");
        }

        if (now - interaction.CreatedAt > 15 * 60)
        {
            return Reply.Error(401, 50027, "Invalid Webhook Token");
        }

        if (interaction.CallbackType is null)
        {
            return Reply.Error(404, 10008, "Unknown Message");
        }

        if (body is not JsonObject message)
        {
            return Reply.Invalid(Errors.One("_errors", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"));
        }

        if (MessageRules.Validate(message, allowNonce: false, allowEphemeral: true) is { } errors)
        {
            return Reply.Invalid(errors);
        }

        var result = store(interaction, (JsonObject)message.DeepClone());
        var stored = new FakeMessage(NextId(), 1_200_000_000_000_000_001, result["content"]?.GetValue<string>(), result["embeds"] as JsonArray, null, result["flags"]?.GetValue<int>() ?? 0, result);
        return new Reply(200, MessageJson(stored with { Embeds = (JsonArray?)stored.Embeds?.DeepClone() }));
    }
}
