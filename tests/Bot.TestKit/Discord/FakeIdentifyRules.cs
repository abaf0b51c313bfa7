using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>The checks on an IDENTIFY's <c>d</c>, each failing with the close code Discord documents for it.</summary>
internal static class FakeIdentifyRules
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const int KnownIntents = (1 << 26) - 1;

    /// <summary>Null when the payload may start a session; else the close code.</summary>
    public static int? Check(JsonObject? data, FakeDiscordOptions options)
    {
        if (data?["token"]?.ToString() != options.Token)
        {
            return CloseCodes.AuthenticationFailed;
        }

        if (data["intents"] is not JsonValue intentsValue || !intentsValue.TryGetValue<int>(out var intents) || data["properties"] is not JsonObject)
        {
            return CloseCodes.DecodeError;
        }

        if ((intents & ~KnownIntents) != 0)
        {
            return CloseCodes.InvalidIntents;
        }

        if ((intents & PrivilegedIntents) != 0 && !options.PrivilegedIntentsEnabled)
        {
            return CloseCodes.DisallowedIntents;
        }

        if (data["shard"] is JsonArray shard && (shard.Count != 2 || shard[1]!.GetValue<int>() < 1 || shard[0]!.GetValue<int>() < 0 || shard[0]!.GetValue<int>() >= shard[1]!.GetValue<int>()))
        {
            return CloseCodes.InvalidShard;
        }

        return null;
    }
}
