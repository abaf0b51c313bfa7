using Bot.Discord.Commands;
using Bot.Discord.Interactions;

namespace Bot.Host.Commands;

/// <summary><c>/status</c>: open to every member (no default permissions), answered ephemerally.</summary>
internal sealed class StatusSlashCommand(SlashCommandBridge bridge) : ICommandHandler
{
    private static readonly CommandDefinition Status = new(
        "status",
        "This server’s health: gateway, last poll, failing sources, delivery backlog, paused rules.",
        new Words("status", "état", "الحالة").Localizations,
        new Words(
            string.Empty,
            "État du serveur : passerelle, dernière lecture, sources en échec, livraisons, règles en pause.",
            "حالة هذا الخادم: البوابة وآخر جلب والمصادر المتعثرة وقائمة التسليم والقواعد المتوقفة.").Localizations);

    public CommandDefinition Definition => Status;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleAsync(context, Status, cancellationToken);
}
