using Bot.Commands;
using Bot.Core.Sources;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using static Bot.Host.Commands.SlashOptions;

namespace Bot.Host.Commands;

/// <summary><c>/source</c>: the feeds a guild adds for itself; Manage Server by default, changes checked again on our side.</summary>
internal sealed class SourceSlashCommand(SlashCommandBridge bridge) : ICommandHandler
{
    private static readonly CommandDefinition Source = new(
        "source",
        "News feeds this server adds for its own rules.",
        new Words("source", "source", "مصدر").Localizations,
        new Words(string.Empty, "Les flux d’actualité que ce serveur ajoute pour ses propres règles.", "موجزات الأخبار التي يضيفها هذا الخادم لقواعده.").Localizations,
        [
            Sub(new("add", "ajouter", "إضافة"), new("Read a feed once, show it, and add it.", "Lire un flux une fois, le montrer, puis l’ajouter.", "قراءة موجز مرة وعرضه ثم إضافته."),
                Value(ApplicationCommandOptionType.String, new("url", "url", "الرابط"), new("The feed’s address (RSS, Atom, JSON Feed, sitemap).", "L’adresse du flux (RSS, Atom, JSON Feed, sitemap).", "عنوان الموجز (RSS أو Atom أو JSON Feed أو sitemap)."), required: true, maxLength: 2000),
                Value(ApplicationCommandOptionType.String, new("name", "nom", "الاسم"), new("A short name (default: the host).", "Un nom court (par défaut : l’hôte).", "اسم قصير (افتراضيًا: اسم المضيف)."), maxLength: 64),
                Value(ApplicationCommandOptionType.String, new("language", "langue", "اللغة"), new("The feed’s language, instead of detecting it per article.", "La langue du flux, au lieu de la détecter article par article.", "لغة الموجز بدل اكتشافها لكل مقال."),
                    choices: [.. SourceLanguages.Supported.Select(l => CommandChoice.Of(l, l))]),
                Value(ApplicationCommandOptionType.Integer, new("interval", "intervalle", "الفاصل"), new("Minutes between polls (default 5).", "Minutes entre deux lectures (5 par défaut).", "الدقائق بين عمليتي جلب (5 افتراضيًا).")),
                Value(ApplicationCommandOptionType.Boolean, new("full_text", "texte_integral", "نص_كامل"), new("Read the article page when the feed gives only a summary.", "Lire la page de l’article quand le flux n’en donne qu’un résumé.", "قراءة صفحة المقال حين لا يعطي الموجز إلا ملخصًا."))),
            Sub(new("list", "liste", "قائمة"), new("List this server’s sources.", "Lister les sources de ce serveur.", "عرض مصادر هذا الخادم.")),
            Sub(new("remove", "supprimer", "حذف"), new("Remove a source.", "Supprimer une source.", "حذف مصدر."), NameOption(required: true)),
            Sub(new("pause", "suspendre", "إيقاف"), new("Stop matching a source’s articles for now.", "Suspendre une source.", "إيقاف مصدر مؤقتًا."), NameOption(required: true)),
            Sub(new("resume", "reprendre", "استئناف"), new("Resume a paused source.", "Reprendre une source suspendue.", "استئناف مصدر متوقف."), NameOption(required: true)),
            Sub(new("status", "état", "الحالة"), new("A source’s health: last poll, result, failures, next poll.", "L’état d’une source : dernière lecture, résultat, échecs, prochaine lecture.", "حالة مصدر: آخر جلب والنتيجة والإخفاقات والجلب التالي."), NameOption(required: false)),
        ],
        CommandPermissions.ManageGuildText);

    public CommandDefinition Definition => Source;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleAsync(context, Source, cancellationToken);

    public ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        bridge.AutocompleteAsync(context, cancellationToken);

    private static CommandOption NameOption(bool required) =>
        Value(ApplicationCommandOptionType.String, new("name", "nom", "الاسم"), new("The source’s name.", "Le nom de la source.", "اسم المصدر."), required, autocomplete: true, maxLength: 64);
}
