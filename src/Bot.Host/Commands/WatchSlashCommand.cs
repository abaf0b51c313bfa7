using Bot.Commands;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using static Bot.Host.Commands.SlashOptions;

namespace Bot.Host.Commands;

/// <summary>
/// <c>/watch</c>: a guild's watch rules. Discord shows it to members with Manage Server by default (an admin may open
/// it to others under Server Settings → Integrations); changes are checked again on our side, lookups are not.
/// </summary>
internal sealed class WatchSlashCommand(SlashCommandBridge bridge) : ICommandHandler
{
    private static readonly Words RuleName = new("name", "nom", "الاسم");
    private static readonly Words Query = new("query", "requête", "الاستعلام");
    private static readonly Words Channel = new("channel", "salon", "القناة");
    private static readonly Words MentionRole = new("mention_role", "rôle_mentionné", "الدور_المذكور");
    private static readonly Words ClearMentionRole = new("clear_mention_role", "retirer_rôle_mentionné", "إزالة_الدور_المذكور");

    private static readonly CommandDefinition Watch = new(
        "watch",
        "Watch rules: what to look for in the news and where to post alerts.",
        new Words("watch", "veille", "مراقبة").Localizations,
        new Words(string.Empty, "Règles de veille : quoi chercher dans l’actualité et où publier les alertes.", "قواعد المراقبة: ما يُبحث عنه في الأخبار وأين تُنشر التنبيهات.").Localizations,
        [
            Sub(new("add", "ajouter", "إضافة"), new("Add a rule that posts alerts to a channel.", "Ajouter une règle qui publie des alertes dans un salon.", "إضافة قاعدة تنشر التنبيهات في قناة."),
                NameOption(autocomplete: false),
                QueryOption(required: true),
                Value(ApplicationCommandOptionType.Channel, Channel, new("Where its alerts go.", "Où vont ses alertes.", "القناة التي تذهب إليها تنبيهاتها."), required: true),
                RoleOption()),
            Sub(new("list", "liste", "قائمة"), new("List this server’s rules.", "Lister les règles de ce serveur.", "عرض قواعد هذا الخادم.")),
            Sub(new("show", "afficher", "عرض"), new("Show one rule.", "Afficher une règle.", "عرض قاعدة واحدة."), NameOption(autocomplete: true)),
            Sub(new("edit", "modifier", "تعديل"), new("Change a rule’s query, channel or role, or stop mentioning a role.", "Modifier la requête, le salon ou le rôle d’une règle, ou ne plus mentionner de rôle.", "تغيير استعلام قاعدة أو قناتها أو دورها، أو إيقاف الإشارة إلى دور."),
                NameOption(autocomplete: true),
                QueryOption(required: false),
                Value(ApplicationCommandOptionType.Channel, Channel, new("Where its alerts go.", "Où vont ses alertes.", "القناة التي تذهب إليها تنبيهاتها.")),
                RoleOption(),
                Value(ApplicationCommandOptionType.Boolean, ClearMentionRole, new(
                    "True: its alerts mention no role any more.", "Vrai : ses alertes ne mentionnent plus aucun rôle.", "نعم: لا تشير تنبيهاتها إلى أي دور بعد الآن."))),
            Sub(new("remove", "supprimer", "حذف"), new("Remove a rule.", "Supprimer une règle.", "حذف قاعدة."), NameOption(autocomplete: true)),
            Sub(new("pause", "suspendre", "إيقاف"), new("Stop a rule’s alerts for now.", "Suspendre les alertes d’une règle.", "إيقاف تنبيهات قاعدة مؤقتًا."), NameOption(autocomplete: true)),
            Sub(new("resume", "reprendre", "استئناف"), new("Resume a paused rule.", "Reprendre une règle suspendue.", "استئناف قاعدة متوقفة."), NameOption(autocomplete: true)),
            Sub(new("test", "tester", "اختبار"), new("Try a query on the articles of the last days, without alerting.", "Essayer une requête sur les articles des derniers jours, sans alerte.", "تجربة استعلام على مقالات الأيام الأخيرة دون تنبيه."),
                QueryOption(required: true),
                Value(ApplicationCommandOptionType.Integer, new("days", "jours", "الأيام"), new("How many days back (default 7).", "Combien de jours en arrière (7 par défaut).", "عدد الأيام السابقة (7 افتراضيًا)."))),
        ],
        CommandPermissions.ManageGuildText);

    public CommandDefinition Definition => Watch;

    public ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken) => bridge.HandleAsync(context, Watch, cancellationToken);

    public ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        bridge.AutocompleteAsync(context, cancellationToken);

    private static CommandOption NameOption(bool autocomplete) =>
        Value(ApplicationCommandOptionType.String, RuleName, new("The rule’s name.", "Le nom de la règle.", "اسم القاعدة."), required: true, autocomplete: autocomplete, maxLength: 64);

    private static CommandOption QueryOption(bool required) =>
        Value(ApplicationCommandOptionType.String, Query, new("A rule such as actor:russia NEAR/15 stance:denial, or preset:russia-denial.", "Une règle comme actor:russia NEAR/15 stance:denial, ou preset:russia-denial.", "قاعدة مثل actor:russia NEAR/15 stance:denial أو preset:russia-denial."), required, maxLength: 2000);

    private static CommandOption RoleOption() =>
        Value(ApplicationCommandOptionType.Role, MentionRole, new("A role mentioned in its alerts.", "Un rôle mentionné dans ses alertes.", "دور يُذكر في تنبيهاتها."));
}
