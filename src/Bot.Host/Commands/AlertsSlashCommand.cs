using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using static Bot.Host.Commands.SlashOptions;

namespace Bot.Host.Commands;

/// <summary><c>/alerts recent [rule]</c>: a lookup, open to every member.</summary>
internal sealed class AlertsSlashCommand(SlashCommandBridge bridge) : ICommandHandler
{
    private static readonly CommandDefinition Alerts = new(
        "alerts",
        "Alerts this server received.",
        new Words("alerts", "alertes", "تنبيهات").Localizations,
        new Words(string.Empty, "Les alertes reçues par ce serveur.", "التنبيهات التي تلقاها هذا الخادم.").Localizations,
        [
            Sub(new("recent", "récentes", "الأحدث"), new("The newest alerts, of one rule or all.", "Les alertes les plus récentes, d’une règle ou de toutes.", "أحدث التنبيهات لقاعدة واحدة أو للجميع."),
                Value(ApplicationCommandOptionType.String, new("rule", "règle", "القاعدة"), new("Only this rule’s alerts.", "Seulement les alertes de cette règle.", "تنبيهات هذه القاعدة فقط."), autocomplete: true, maxLength: 64)),
        ]);

    public CommandDefinition Definition => Alerts;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleAsync(context, Alerts, cancellationToken);

    public ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        bridge.AutocompleteAsync(context, cancellationToken);
}
