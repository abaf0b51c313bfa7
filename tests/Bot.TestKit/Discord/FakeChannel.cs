namespace Bot.TestKit.Discord;

/// <summary>A channel the fake knows. <see cref="CanSend"/> false makes posts fail with 50013 Missing Permissions.</summary>
public sealed record FakeChannel(ulong Id, ulong GuildId, int Type = 0, string Name = "alerts", bool CanSend = true, ulong? ParentId = null);
