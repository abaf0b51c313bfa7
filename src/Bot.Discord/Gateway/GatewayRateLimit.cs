using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>
/// The <c>d</c> of a RATE_LIMITED event: which gateway command was refused (today only op 8, Request Guild Members,
/// one "all members" request per guild per 30 seconds), how long to wait, and the request's guild and nonce.
/// Read leniently: a shape we do not expect is reported with what could be read, never thrown.
/// </summary>
internal sealed record GatewayRateLimit(int Opcode, TimeSpan RetryAfter, string? GuildId, string? Nonce)
{
    public static GatewayRateLimit Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return new GatewayRateLimit(-1, TimeSpan.Zero, null, null);
        }

        // TryGet* throw on a non-number: check the kind first, or one odd event would drop the connection over and over.
        var opcode = data.TryGetProperty("opcode", out var op) && op.ValueKind == JsonValueKind.Number && op.TryGetInt32(out var code) ? code : -1;
        var retryAfter = data.TryGetProperty("retry_after", out var retry) && retry.ValueKind == JsonValueKind.Number && retry.TryGetDouble(out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.Zero;
        var meta = data.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        return new GatewayRateLimit(opcode, retryAfter, Text(meta, "guild_id"), Text(meta, "nonce"));
    }

    private static string? Text(JsonElement meta, string name) =>
        meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
