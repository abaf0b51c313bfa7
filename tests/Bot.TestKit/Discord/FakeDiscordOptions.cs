namespace Bot.TestKit.Discord;

/// <summary>Settings of a <see cref="FakeDiscord"/>; defaults are Discord's documented (or commonly observed) values.</summary>
public sealed class FakeDiscordOptions
{
    public string Token { get; init; } = "FAKE.bot-token.0123456789abcdef";

    public ulong ApplicationId { get; init; } = 1_300_000_000_000_000_001;

    /// <summary>The clock limits and deadlines are measured with (share it with the client under test).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>Create Message per channel: commonly 5 per 5 seconds.</summary>
    public int MessageRouteLimit { get; init; } = 5;

    public TimeSpan MessageRouteWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Every other route, per major parameter.</summary>
    public int DefaultRouteLimit { get; init; } = 30;

    public TimeSpan DefaultRouteWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per second per bot across routes, interaction callbacks and follow-ups exempt.</summary>
    public int GlobalLimit { get; init; } = 50;

    public int SessionStartRemaining { get; set; } = 1000;

    public long SessionStartResetAfterMs { get; init; } = 86_400_000;

    public int MaxConcurrency { get; init; } = 1;

    /// <summary>Whether privileged intents (members, presences, message content) are enabled for the app.</summary>
    public bool PrivilegedIntentsEnabled { get; init; }
}
