using System.Diagnostics.Metrics;

namespace Bot.Discord;

/// <summary>
/// The Discord client's instruments, on the static meter <see cref="MeterName"/> (a library-style meter, like the
/// pipeline's: one line per call site, no constructor changes). The host's metrics endpoint listens to meters by name.
/// Tags take a handful of values each, so series stay few.
/// </summary>
public static class DiscordMetrics
{
    public const string MeterName = "Bot.Discord";

    /// <summary>429 answers received, tagged <c>scope</c>: user, global, shared or cloudflare.</summary>
    public const string RateLimitedInstrument = "bot.discord.rate_limited";

    /// <summary>REST requests sent, tagged <c>status_class</c>: 2xx, 3xx, 4xx, 5xx, or none (no answer: connection lost or timed out).</summary>
    public const string RequestsInstrument = "bot.discord.requests";

    /// <summary>Gateway connections after the first, tagged <c>reason</c>: resume or identify.</summary>
    public const string GatewayReconnectsInstrument = "bot.discord.gateway.reconnects";

    /// <summary>RATE_LIMITED gateway events (a gateway command such as op 8 was refused), tagged <c>opcode</c>.</summary>
    public const string GatewayRateLimitedInstrument = "bot.discord.gateway.rate_limited";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(RateLimitedInstrument, "{response}", "429 answers from Discord, by scope");

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(RequestsInstrument, "{request}", "REST requests sent to Discord, by status class");

    private static readonly Counter<long> GatewayReconnects = Meter.CreateCounter<long>(GatewayReconnectsInstrument, "{connection}", "Gateway reconnections, by reason");

    private static readonly Counter<long> GatewayRateLimited = Meter.CreateCounter<long>(GatewayRateLimitedInstrument, "{event}", "Gateway commands refused with RATE_LIMITED, by opcode");

    internal static void RecordRateLimited(string scope) => RateLimited.Add(1, new KeyValuePair<string, object?>("scope", scope));

    /// <summary>A request that got an answer with <paramref name="status"/>, or none (null).</summary>
    internal static void RecordRequest(int? status) => Requests.Add(1, new KeyValuePair<string, object?>("status_class", status switch
    {
        null => "none",
        < 300 => "2xx",
        < 400 => "3xx",
        < 500 => "4xx",
        _ => "5xx",
    }));

    internal static void RecordReconnect(bool resume) => GatewayReconnects.Add(1, new KeyValuePair<string, object?>("reason", resume ? "resume" : "identify"));

    internal static void RecordGatewayRateLimited(int opcode) => GatewayRateLimited.Add(1, new KeyValuePair<string, object?>("opcode", opcode));
}
