namespace Bot.Commands.Localization;

/// <summary>Every reply text, in English, French and Arabic. Placeholders are filled by <see cref="Phrase.Format"/>.</summary>
internal static partial class Texts
{
    // Access and general input
    public static readonly Phrase Denied = new(
        "You need the Manage Server permission (or the moderator role) to change this.",
        "Il vous faut la permission « Gérer le serveur » (ou le rôle de modérateur) pour modifier ceci.",
        "تحتاج إلى صلاحية «إدارة الخادم» (أو دور المشرف) لتغيير هذا.");

    public static readonly Phrase GuildOnly = new(
        "This command works in a server only.",
        "Cette commande ne fonctionne que sur un serveur.",
        "يعمل هذا الأمر داخل خادم فقط.");

    public static readonly Phrase Missing = new(
        "“{0}” is required.",
        "« {0} » est obligatoire.",
        "الخيار «{0}» مطلوب.");

    public static readonly Phrase DaysInvalid = new(
        "days must be a whole number from 1 to {0} (got {1}).",
        "days doit être un nombre entier de 1 à {0} (reçu {1}).",
        "يجب أن تكون days عددًا صحيحًا من 1 إلى {0} (المُدخل: {1}).");

    // Rules
    public static readonly Phrase RuleNameInvalid = new(
        "A rule name has 1 to 64 characters on one line (got “{0}”).",
        "Un nom de règle compte de 1 à 64 caractères sur une ligne (reçu « {0} »).",
        "اسم القاعدة من 1 إلى 64 حرفًا في سطر واحد (المُدخل: «{0}»).");

    public static readonly Phrase RuleExists = new(
        "This server already has a rule named “{0}”.",
        "Ce serveur a déjà une règle nommée « {0} ».",
        "لدى هذا الخادم قاعدة باسم «{0}» بالفعل.");

    public static readonly Phrase RuleNotFound = new(
        "There is no rule named “{0}” in this server.",
        "Il n’y a pas de règle nommée « {0} » sur ce serveur.",
        "لا توجد قاعدة باسم «{0}» في هذا الخادم.");

    public static readonly Phrase RuleSyntax = new(
        "The query has a syntax error at position {0}: {1}. Hint: {2}.",
        "La requête contient une erreur de syntaxe à la position {0} : {1}. Conseil : {2}.",
        "في الاستعلام خطأ في الصياغة عند الموضع {0}: {1}. تلميح: {2}.");

    public static readonly Phrase RuleTooLong = new(
        "A query has at most {0} characters (got {1}).",
        "Une requête compte au plus {0} caractères (reçu {1}).",
        "لا يتجاوز الاستعلام {0} حرفًا (المُدخل: {1}).");

    public static readonly Phrase PresetUnknown = new(
        "There is no preset “{0}”; use one of {1}.",
        "Il n’y a pas de préréglage « {0} » ; utilisez l’un de ceux-ci : {1}.",
        "لا يوجد إعداد مسبق باسم «{0}»؛ استخدم أحد هذه: {1}.");

    public static readonly Phrase MentionNeedsChannel = new(
        "A role can only be mentioned in a channel: give a channel too.",
        "Un rôle ne peut être mentionné que dans un salon : indiquez aussi un salon.",
        "لا يمكن الإشارة إلى دور إلا في قناة: حدّد قناة أيضًا.");

    public static readonly Phrase EditNothing = new(
        "Give at least one of query, channel, mention_role or clear_mention_role to change.",
        "Indiquez au moins une valeur à changer : query, channel, mention_role ou clear_mention_role.",
        "حدّد واحدًا على الأقل مما تريد تغييره: query أو channel أو mention_role أو clear_mention_role.");

    public static readonly Phrase MentionRoleConflict = new(
        "Give either mention_role (a new role to mention) or clear_mention_role (mention nobody), not both.",
        "Indiquez soit mention_role (un nouveau rôle à mentionner), soit clear_mention_role (ne mentionner personne), pas les deux.",
        "حدّد إما mention_role (دور جديد للإشارة إليه) أو clear_mention_role (عدم الإشارة إلى أحد)، لا كليهما.");

    public static readonly Phrase RuleConfigured = new(
        "Rule “{0}” comes from the bot’s configuration (Bot:Rules); change it there.",
        "La règle « {0} » vient de la configuration du bot (Bot:Rules) ; modifiez-la là.",
        "القاعدة «{0}» مصدرها إعدادات البوت (Bot:Rules)؛ عدّلها هناك.");

    public static readonly Phrase RuleAdded = new(
        "Rule “{0}” added: its alerts go to {1}.",
        "Règle « {0} » ajoutée : ses alertes vont dans {1}.",
        "أُضيفت القاعدة «{0}»: تُرسل تنبيهاتها إلى {1}.");

    public static readonly Phrase RuleEdited = new(
        "Rule “{0}” changed.",
        "Règle « {0} » modifiée.",
        "عُدّلت القاعدة «{0}».");

    public static readonly Phrase RuleRemoved = new(
        "Rule “{0}” removed.",
        "Règle « {0} » supprimée.",
        "حُذفت القاعدة «{0}».");

    public static readonly Phrase RulePaused = new(
        "Rule “{0}” paused: it sends no alerts until it is resumed.",
        "Règle « {0} » en pause : plus aucune alerte jusqu’à sa reprise.",
        "أُوقفت القاعدة «{0}» مؤقتًا: لن ترسل تنبيهات حتى تُستأنف.");

    public static readonly Phrase RuleResumed = new(
        "Rule “{0}” resumed.",
        "Règle « {0} » reprise.",
        "استُؤنفت القاعدة «{0}».");

    public static readonly Phrase RuleAlreadyPaused = new(
        "Rule “{0}” is already paused.",
        "La règle « {0} » est déjà en pause.",
        "القاعدة «{0}» متوقفة مؤقتًا بالفعل.");

    public static readonly Phrase RuleAlreadyActive = new(
        "Rule “{0}” is already active.",
        "La règle « {0} » est déjà active.",
        "القاعدة «{0}» نشطة بالفعل.");

    public static readonly Phrase NoRules = new(
        "This server has no watch rules yet; add one with /watch add.",
        "Ce serveur n’a encore aucune règle de veille ; ajoutez-en une avec /watch add.",
        "لا توجد قواعد مراقبة في هذا الخادم بعد؛ أضف واحدة عبر /watch add.");

    public static readonly Phrase RulesTitle = new("Watch rules ({0})", "Règles de veille ({0})", "قواعد المراقبة ({0})");

    public static readonly Phrase RuleTitle = new("Rule “{0}”", "Règle « {0} »", "القاعدة «{0}»");

    public static readonly Phrase Query = new("Query", "Requête", "الاستعلام");

    public static readonly Phrase Channel = new("Channel", "Salon", "القناة");

    public static readonly Phrase MentionRole = new("Mentioned role", "Rôle mentionné", "الدور المُشار إليه");

    public static readonly Phrase State = new("State", "État", "الحالة");

    public static readonly Phrase Active = new("active", "active", "نشطة");

    public static readonly Phrase PausedBecause = new("paused ({0})", "en pause ({0})", "متوقفة ({0})");

    public static readonly Phrase FailedTooLong = new("after failing too long", "après trop longtemps en échec", "بعد إخفاق طويل");

    public static readonly Phrase Origin = new("Origin", "Origine", "المصدر");

    public static readonly Phrase OriginConfiguration = new("configuration", "configuration", "الإعدادات");

    public static readonly Phrase OriginCommand = new("command", "commande", "أمر");

    public static readonly Phrase Console = new("the console", "la console", "وحدة التحكم");

    public static readonly Phrase None = new("none", "aucun", "لا يوجد");

    // Dry runs
    public static readonly Phrase TestTitle = new("Dry run over {0} day(s)", "Essai sur {0} jour(s)", "تجربة على مدى {0} يوم");

    public static readonly Phrase TestSummary = new(
        "{0} of the {1} articles stored in the last {2} day(s) would have matched.",
        "{0} des {1} articles enregistrés ces {2} derniers jours auraient correspondu.",
        "كانت {0} من أصل {1} مقالة مخزّنة خلال آخر {2} يوم ستطابق.");

    public static readonly Phrase TestCapped = new(
        "Only the newest {0} articles were read.",
        "Seuls les {0} articles les plus récents ont été lus.",
        "قُرئت أحدث {0} مقالة فقط.");

    public static readonly Phrase Evidence = new("Evidence", "Preuves", "الأدلة");

    // Concepts
    public static readonly Phrase ConceptInvalid = new(
        "A concept is written kind:name, the kind being actor, group, stance or topic (got “{0}”).",
        "Un concept s’écrit type:nom, le type étant actor, group, stance ou topic (reçu « {0} »).",
        "يُكتب المفهوم بصيغة النوع:الاسم، والنوع هو actor أو group أو stance أو topic (المُدخل: «{0}»).");

    public static readonly Phrase ConceptNotFound = new(
        "There is no concept “{0}”.",
        "Il n’y a pas de concept « {0} ».",
        "لا يوجد مفهوم باسم «{0}».");

    public static readonly Phrase ConceptNotFoundNear = new(
        "There is no concept “{0}”; did you mean {1}?",
        "Il n’y a pas de concept « {0} » ; vouliez-vous dire {1} ?",
        "لا يوجد مفهوم باسم «{0}»؛ هل تقصد {1}؟");

    public static readonly Phrase LanguageInvalid = new(
        "“{0}” is not a language the bot reads; use one of {1}.",
        "« {0} » n’est pas une langue que le bot lit ; utilisez l’une de celles-ci : {1}.",
        "«{0}» ليست لغة يقرؤها البوت؛ استخدم إحدى هذه: {1}.");

    public static readonly Phrase TermInvalid = new(
        "A term has 1 to 100 characters on one line, with a letter or a digit; end it with * for a word start (got “{0}”).",
        "Un terme compte de 1 à 100 caractères sur une ligne, dont une lettre ou un chiffre ; terminez-le par * pour un début de mot (reçu « {0} »).",
        "المصطلح من 1 إلى 100 حرف في سطر واحد وفيه حرف أو رقم؛ أنهِه بـ * لبداية كلمة (المُدخل: «{0}»).");

    public static readonly Phrase TermAdded = new(
        "Added “{0}” ({1}) to {2}; this server’s rules use it at once.",
        "« {0} » ({1}) ajouté à {2} ; les règles de ce serveur l’utilisent dès maintenant.",
        "أُضيف «{0}» ({1}) إلى {2}؛ تستخدمه قواعد هذا الخادم فورًا.");

    public static readonly Phrase TermExists = new(
        "“{0}” ({1}) is already a term of {2} for this server.",
        "« {0} » ({1}) est déjà un terme de {2} pour ce serveur.",
        "«{0}» ({1}) مصطلح موجود بالفعل في {2} لهذا الخادم.");

    public static readonly Phrase ConceptTitle = new("Concept {0}", "Concept {0}", "المفهوم {0}");

    public static readonly Phrase ConceptSummary = new(
        "{0} shipped term(s), {1} added by this server.",
        "{0} terme(s) livré(s), {1} ajouté(s) par ce serveur.",
        "{0} مصطلح مُضمَّن، و{1} أضافها هذا الخادم.");

    public static readonly Phrase ServerTerms = new("This server’s terms", "Termes de ce serveur", "مصطلحات هذا الخادم");

    public static readonly Phrase AnyLanguage = new("any language", "toutes langues", "كل اللغات");

    public static readonly Phrase More = new("… and {0} more", "… et {0} de plus", "… و{0} أخرى");

    // Alerts
    public static readonly Phrase NoAlerts = new(
        "No alerts yet in this server.",
        "Aucune alerte pour l’instant sur ce serveur.",
        "لا توجد تنبيهات في هذا الخادم بعد.");

    public static readonly Phrase NoAlertsForRule = new(
        "Rule “{0}” has no alerts yet.",
        "La règle « {0} » n’a encore aucune alerte.",
        "لا توجد تنبيهات للقاعدة «{0}» بعد.");

    public static readonly Phrase AlertsTitle = new("Recent alerts", "Alertes récentes", "أحدث التنبيهات");

    public static readonly Phrase Pending = new("pending", "en attente", "قيد الانتظار");

    // Search
    public static readonly Phrase SearchTitle = new(
        "{0} result(s) in the last {1} day(s), page {2} of {3}",
        "{0} résultat(s) ces {1} derniers jours, page {2} sur {3}",
        "{0} نتيجة خلال آخر {1} يوم، الصفحة {2} من {3}");

    public static readonly Phrase SearchNothing = new(
        "Nothing matched in the last {0} day(s).",
        "Rien n’a correspondu ces {0} derniers jours.",
        "لم يطابق شيء خلال آخر {0} يوم.");

    public static readonly Phrase PreviousPage = new("Previous", "Précédent", "السابق");

    public static readonly Phrase NextPage = new("Next", "Suivant", "التالي");

    public static readonly Phrase PageButtonInvalid = new(
        "This button does not work any more; run /search again.",
        "Ce bouton ne fonctionne plus ; relancez /search.",
        "هذا الزر لم يعد يعمل؛ شغّل /search من جديد.");

    public static readonly Phrase PageInvalid = new(
        "page must be a whole number from 1 to {0} (got {1}).",
        "page doit être un nombre entier de 1 à {0} (reçu {1}).",
        "يجب أن تكون page عددًا صحيحًا من 1 إلى {0} (المُدخل: {1}).");

    // Status
    public static readonly Phrase StatusTitle = new("Status of this server", "État de ce serveur", "حالة هذا الخادم");

    public static readonly Phrase Gateway = new("Gateway", "Passerelle", "البوابة");

    public static readonly Phrase GatewayConnected = new(
        "connected (this replica holds the shard)",
        "connectée (cette instance tient le shard)",
        "متصلة (هذه النسخة تحمل الشارد)");

    public static readonly Phrase GatewayConnecting = new(
        "connecting (this replica holds the shard)",
        "connexion en cours (cette instance tient le shard)",
        "جارٍ الاتصال (هذه النسخة تحمل الشارد)");

    public static readonly Phrase GatewayStandingBy = new(
        "standing by (another replica holds the shard)",
        "en attente (une autre instance tient le shard)",
        "في وضع الانتظار (نسخة أخرى تحمل الشارد)");

    public static readonly Phrase GatewayIdle = new("not started", "non démarrée", "لم تبدأ");

    public static readonly Phrase GatewayNotConfigured = new(
        "not used: no Discord token is configured",
        "inutilisée : aucun jeton Discord n’est configuré",
        "غير مستخدمة: لم يُضبط رمز Discord");

    public static readonly Phrase GatewayCommandLine = new(
        "none: the command line does not connect to Discord",
        "aucune : la ligne de commande ne se connecte pas à Discord",
        "لا توجد: سطر الأوامر لا يتصل بـ Discord");

    public static readonly Phrase SourcesSeen = new("{0}, {1} source(s) seen", "{0}, {1} source(s) suivie(s)", "{0}، {1} مصدر مُتابَع");

    public static readonly Phrase FailingSources = new("Failing sources ({0})", "Sources en échec ({0})", "مصادر متعثرة ({0})");

    public static readonly Phrase Streak = new("{0} failure(s) in a row", "{0} échec(s) d’affilée", "{0} إخفاق متتالٍ");

    public static readonly Phrase DeliveryBacklog = new("Delivery backlog", "File de livraison", "قائمة انتظار التسليم");

    public static readonly Phrase Backlog = new(
        "{0} alert(s) pending, the oldest for {1}; {2} failed in the last 24 h",
        "{0} alerte(s) en attente, la plus ancienne depuis {1} ; {2} en échec ces dernières 24 h",
        "{0} تنبيه قيد الانتظار، أقدمها منذ {1}؛ و{2} فشلت خلال آخر 24 ساعة");

    public static readonly Phrase BacklogEmpty = new(
        "nothing pending; {0} failed in the last 24 h",
        "rien en attente ; {0} en échec ces dernières 24 h",
        "لا شيء قيد الانتظار؛ و{0} فشلت خلال آخر 24 ساعة");

    public static readonly Phrase PausedRules = new("Paused rules ({0})", "Règles en pause ({0})", "قواعد متوقفة ({0})");

    public static readonly Phrase NoticesNotPosted = new(
        "{0} notice(s) of a pause could not be posted in this server in the last 24 h.",
        "{0} avis de mise en pause n’ont pu être publiés sur ce serveur ces dernières 24 h.",
        "تعذّر نشر {0} إشعار إيقاف في هذا الخادم خلال آخر 24 ساعة.");

    public static readonly Phrase AgeMinutes = new("{0} min", "{0} min", "{0} دقيقة");

    public static readonly Phrase AgeHours = new("{0} h {1} min", "{0} h {1} min", "{0} ساعة و{1} دقيقة");

    public static readonly Phrase AgeDays = new("{0} d {1} h", "{0} j {1} h", "{0} يوم و{1} ساعة");
}
