using System.Text;
using System.Text.Json.Nodes;
using Bot.TestKit.Discord;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary>What the bot answered an interaction: the callback, and the message it ended with (the reply, or the edit of a deferral).</summary>
public sealed class Answer(FakeInteraction interaction)
{
    public FakeInteraction Interaction { get; } = interaction;

    public int CallbackType => Interaction.CallbackType ?? 0;

    public JsonObject Message => CallbackType is 5 or 6 ? Interaction.Edits.Last() : Interaction.CallbackData ?? [];

    /// <summary>The buttons of the message's action rows: custom id, label and whether disabled.</summary>
    public IReadOnlyList<(string CustomId, string Label, bool Disabled)> Buttons =>
        [.. (Message["components"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(row => (row["components"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(b => (b["custom_id"]!.GetValue<string>(), b["label"]!.GetValue<string>(), b["disabled"]?.GetValue<bool>() ?? false))];

    /// <summary>Whether only the invoker sees it: fixed by the first callback.</summary>
    public bool Ephemeral => ((Interaction.CallbackData?["flags"]?.GetValue<int>() ?? 0) & 64) != 0;

    public string? Content => Message["content"]?.GetValue<string>();

    public JsonArray Embeds => Message["embeds"] as JsonArray ?? [];

    public IReadOnlyList<string> Choices => [.. (Message["choices"] as JsonArray ?? []).Select(c => c!["value"]!.GetValue<string>())];

    /// <summary>Everything readable: content, then each embed's title, description, field names and values.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Content).Append('\n');
            foreach (var embed in Embeds.OfType<JsonObject>())
            {
                text.Append(embed["title"]?.GetValue<string>()).Append('\n').Append(embed["description"]?.GetValue<string>()).Append('\n');
                foreach (var item in (embed["fields"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    text.Append(item["name"]!.GetValue<string>()).Append(": ").Append(item["value"]!.GetValue<string>()).Append('\n');
                }
            }

            return text.ToString();
        }
    }
}
