using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>An interaction the fake sent, and every answer the bot gave to it.</summary>
public sealed class FakeInteraction(ulong id, string token, string command, double createdAt)
{
    public ulong Id { get; } = id;

    public string Token { get; } = token;

    public string Command { get; } = command;

    /// <summary>The interaction type: 2 a slash command, 3 a message component (a button), 4 autocomplete.</summary>
    public int Type { get; init; } = 2;

    /// <summary>For a component interaction, the custom id of the button clicked.</summary>
    public string? CustomId { get; init; }

    /// <summary>
    /// For a component interaction, the message the button is on as it now stands: changed by UPDATE_MESSAGE (7), or
    /// by the edit of <c>@original</c> that follows DEFERRED_UPDATE_MESSAGE (6); a reply (4) leaves it alone.
    /// </summary>
    public JsonObject? Message { get; internal set; }

    /// <summary>When it was sent, in seconds on the fake's clock.</summary>
    public double CreatedAt { get; } = createdAt;

    /// <summary>The callback type (4, 5, 8…) once acknowledged.</summary>
    public int? CallbackType { get; internal set; }

    /// <summary>Seconds between the event and the callback.</summary>
    public double? CallbackAfter { get; internal set; }

    public JsonObject? CallbackData { get; internal set; }

    /// <summary>
    /// The original response as it stands: the callback's message (empty after a deferral), then each edit applied the
    /// way a PATCH is — a field sent as null is cleared, a field left out is kept.
    /// </summary>
    public JsonObject? Original { get; internal set; }

    /// <summary>Each edit's body as sent.</summary>
    public ConcurrentQueue<JsonObject> Edits { get; } = new();

    public ConcurrentQueue<JsonObject> FollowUps { get; } = new();

    /// <summary>Callback attempts refused (late: 10062, repeated: 40060).</summary>
    public ConcurrentQueue<int> RefusedCodes { get; } = new();
}
