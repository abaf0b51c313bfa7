using Bot.Commands.Concepts;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using static Bot.Host.Commands.SlashOptions;

namespace Bot.Host.Commands;

/// <summary><c>/search query [days] [language] [source] [page]</c>: a lookup over stored articles, open to every member.</summary>
internal sealed class SearchSlashCommand(SlashCommandBridge bridge) : ICommandHandler
{
    private static readonly CommandDefinition Search = new(
        "search",
        "Search the articles this server’s sources stored in the last days.",
        new Words("search", "recherche", "بحث").Localizations,
        new Words(string.Empty, "Chercher dans les articles enregistrés ces derniers jours.", "البحث في المقالات المخزّنة خلال الأيام الأخيرة.").Localizations,
        Options:
        [
            Value(ApplicationCommandOptionType.String, new("query", "requête", "الاستعلام"), new("Words, \"phrases\" or concepts, as in watch rules.", "Des mots, des « expressions » ou des concepts, comme dans les règles.", "كلمات أو «عبارات» أو مفاهيم كما في القواعد."), required: true, maxLength: 2000),
            Value(ApplicationCommandOptionType.Integer, new("days", "jours", "الأيام"), new("How many days back (default 7).", "Combien de jours en arrière (7 par défaut).", "عدد الأيام السابقة (7 افتراضيًا).")),
            Value(ApplicationCommandOptionType.String, new("language", "langue", "اللغة"), new("Only articles in this language.", "Seulement les articles dans cette langue.", "المقالات بهذه اللغة فقط."),
                choices: [.. ConceptCommands.TermLanguages.Where(l => l != "any").Select(l => CommandChoice.Of(l, l))]),
            Value(ApplicationCommandOptionType.String, new("source", "source", "المصدر"), new("Only articles from this source.", "Seulement les articles de cette source.", "مقالات هذا المصدر فقط."), maxLength: 64),
            Value(ApplicationCommandOptionType.Integer, new("page", "page", "الصفحة"), new("Which page of five results (default 1).", "Quelle page de cinq résultats (1 par défaut).", "أي صفحة من خمس نتائج (1 افتراضيًا).")),
        ]);

    public CommandDefinition Definition => Search;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleAsync(context, Search, cancellationToken);
}
