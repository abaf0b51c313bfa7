using System.Text.Json.Nodes;
using Bot.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests.Gateway;

internal static class GatewayTestData
{
    public static JsonObject Test(int n) => new() { ["n"] = n };

    /// <summary>A harness with a recording handler and a fast heartbeat (2 s on a 10× clock).</summary>
    public static Task<DiscordHarness> StartAsync(
        double timeFactor = 10,
        double heartbeatSeconds = 2,
        IReadOnlyDictionary<string, string?>? settings = null,
        int sessionStartRemaining = 1000,
        long sessionResetAfterMs = 86_400_000,
        bool privilegedIntents = false,
        TimeProvider? clock = null) =>
        DiscordHarness.StartAsync(
            timeFactor,
            time => new FakeDiscordOptions
            {
                TimeProvider = time,
                HeartbeatInterval = TimeSpan.FromSeconds(heartbeatSeconds),
                SessionStartRemaining = sessionStartRemaining,
                SessionStartResetAfterMs = sessionResetAfterMs,
                PrivilegedIntentsEnabled = privilegedIntents,
            },
            settings,
            DispatchLog.Register,
            clock);

    public static DispatchLog Log(this DiscordHarness harness) => harness.Provider.GetRequiredService<DispatchLog>();
}
