namespace Bot.Discord.Gateway;

/// <summary>Why the gateway stopped: asked to, or a fatal problem (bad token, bad shard, bad intents) a human must fix.</summary>
public sealed record GatewayRunResult(bool IsFatal, int? CloseCode, string Reason)
{
    public static GatewayRunResult Stopped { get; } = new(false, null, "stopped");

    public static GatewayRunResult Fatal(int? closeCode, string reason) => new(true, closeCode, reason);
}
