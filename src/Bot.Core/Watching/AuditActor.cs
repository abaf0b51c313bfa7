namespace Bot.Core.Watching;

/// <summary>Who made a change: a Discord user (id and name), an operator at the command line, or the bot itself.</summary>
public sealed record AuditActor(ulong? UserId, string Name)
{
    public static AuditActor Configuration { get; } = new(null, "configuration");

    public static AuditActor Delivery { get; } = new(null, "delivery");

    public static AuditActor CommandLine { get; } = new(null, "command line");
}
