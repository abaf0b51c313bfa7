using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>A message the fake stored (channel posts, interaction replies, edits and follow-ups).</summary>
public sealed record FakeMessage(ulong Id, ulong ChannelId, string? Content, JsonArray? Embeds, string? Nonce, int Flags, JsonObject Body);
