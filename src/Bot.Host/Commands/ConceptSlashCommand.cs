using Bot.Commands.Concepts;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using static Bot.Host.Commands.SlashOptions;

namespace Bot.Host.Commands;

/// <summary><c>/concept</c>: shown to every member (<c>show</c> is a lookup); <c>add-term</c> is checked on our side.</summary>
internal sealed class ConceptSlashCommand(SlashCommandBridge bridge) : ICommandHandler
{
    private static readonly CommandDefinition Concept = new(
        "concept",
        "Concepts rules use (actor:russia, stance:denial …) and their terms.",
        new Words("concept", "concept", "مفهوم").Localizations,
        new Words(string.Empty, "Les concepts des règles (actor:russia, stance:denial …) et leurs termes.", "المفاهيم التي تستخدمها القواعد (actor:russia وstance:denial …) ومصطلحاتها.").Localizations,
        [
            Sub(new("show", "afficher", "عرض"), new("Show a concept’s terms per language.", "Afficher les termes d’un concept par langue.", "عرض مصطلحات مفهوم حسب اللغة."),
                Value(ApplicationCommandOptionType.String, new("name", "nom", "الاسم"), new("A concept such as actor:russia.", "Un concept comme actor:russia.", "مفهوم مثل actor:russia."), required: true, autocomplete: true, maxLength: 100)),
            Sub(new("add-term", "ajouter-terme", "إضافة-مصطلح"), new("Add a term to a concept for this server.", "Ajouter un terme à un concept pour ce serveur.", "إضافة مصطلح إلى مفهوم لهذا الخادم."),
                Value(ApplicationCommandOptionType.String, new("concept", "concept", "المفهوم"), new("The concept to extend.", "Le concept à étendre.", "المفهوم المراد توسيعه."), required: true, autocomplete: true, maxLength: 100),
                Value(ApplicationCommandOptionType.String, new("language", "langue", "اللغة"), new("The term’s language.", "La langue du terme.", "لغة المصطلح."), required: true,
                    choices: [.. ConceptCommands.TermLanguages.Select(l => CommandChoice.Of(l, l))]),
                Value(ApplicationCommandOptionType.String, new("term", "terme", "المصطلح"), new("A word, a phrase, or a word start ending in *.", "Un mot, une expression, ou un début de mot terminé par *.", "كلمة أو عبارة أو بداية كلمة تنتهي بـ *."), required: true, maxLength: 100)),
        ]);

    public CommandDefinition Definition => Concept;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleAsync(context, Concept, cancellationToken);

    public ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        bridge.AutocompleteAsync(context, cancellationToken);
}
