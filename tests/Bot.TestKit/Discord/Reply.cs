using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>What the fake answers one request with (or that it cuts the connection instead).</summary>
internal sealed record Reply(int Status, JsonNode? Body)
{
    public bool Drop { get; init; }

    public string? Scope { get; init; }

    public string? Html { get; init; }

    public static Reply Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });

    /// <summary>400 with code 50035 and Discord's nested <c>errors</c> object.</summary>
    public static Reply Invalid(JsonObject errors) =>
        new(400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035, ["errors"] = errors });
}
