namespace Bot.Commands.Localization;

/// <summary>The texts of <c>/source</c>: validation, replies and the source's settings and health.</summary>
internal static partial class Texts
{
    public static readonly Phrase SourceNameInvalid = new(
        "A source name has 1 to 64 letters, digits, '-', '_' or '.' (got “{0}”).",
        "Un nom de source compte de 1 à 64 lettres, chiffres, « - », « _ » ou « . » (reçu « {0} »).",
        "اسم المصدر من 1 إلى 64 حرفًا أو رقمًا أو '-' أو '_' أو '.' (المُدخل: «{0}»).");

    public static readonly Phrase SourceUrlInvalid = new(
        "The url must be an absolute http or https address (got “{0}”).",
        "L’url doit être une adresse http ou https absolue (reçu « {0} »).",
        "يجب أن يكون url عنوان http أو https كاملًا (المُدخل: «{0}»).");

    public static readonly Phrase IntervalInvalid = new(
        "interval is in minutes, from {0} to 1440 (got {1}).",
        "interval s’exprime en minutes, de {0} à 1440 (reçu {1}).",
        "interval بالدقائق، من {0} إلى 1440 (المُدخل: {1}).");

    public static readonly Phrase SourceBlocked = new(
        "The bot may not fetch {0}: {1}.",
        "Le bot n’a pas le droit de lire {0} : {1}.",
        "لا يُسمح للبوت بجلب {0}: {1}.");

    public static readonly Phrase SourceUnreadable = new(
        "Could not read a feed at {0}: {1}.",
        "Impossible de lire un flux à {0} : {1}.",
        "تعذّرت قراءة موجز في {0}: {1}.");

    public static readonly Phrase SourceShared = new(
        "The bot already polls {0} for every server: its articles are matched by your rules already.",
        "Le bot lit déjà {0} pour tous les serveurs : ses articles passent déjà par vos règles.",
        "البوت يجلب {0} بالفعل لكل الخوادم: مقالاته تمر على قواعدك بالفعل.");

    public static readonly Phrase SourceExists = new(
        "This server already has a source named “{0}” or reading {1}.",
        "Ce serveur a déjà une source nommée « {0} » ou lisant {1}.",
        "لدى هذا الخادم مصدر باسم «{0}» أو يقرأ {1} بالفعل.");

    public static readonly Phrase SourceAdded = new(
        "Source “{0}” added: {1} ({2}, {3} items), polled every {4} minutes. First items:",
        "Source « {0} » ajoutée : {1} ({2}, {3} articles), lue toutes les {4} minutes. Premiers articles :",
        "أُضيف المصدر «{0}»: {1} ({2}، {3} عنصر)، يُجلب كل {4} دقيقة. أول العناصر:");

    public static readonly Phrase SourceNotFound = new(
        "This server has no source named “{0}”.",
        "Ce serveur n’a pas de source nommée « {0} ».",
        "لا يوجد في هذا الخادم مصدر باسم «{0}».");

    public static readonly Phrase SourceRemoved = new("Source “{0}” removed.", "Source « {0} » supprimée.", "حُذف المصدر «{0}».");

    public static readonly Phrase SourcePaused = new(
        "Source “{0}” paused: its articles match none of this server’s rules until it is resumed.",
        "Source « {0} » en pause : ses articles ne passent plus par les règles de ce serveur jusqu’à sa reprise.",
        "أُوقف المصدر «{0}» مؤقتًا: لن تمر مقالاته على قواعد هذا الخادم حتى يُستأنف.");

    public static readonly Phrase SourceResumed = new("Source “{0}” resumed.", "Source « {0} » reprise.", "استُؤنف المصدر «{0}».");

    public static readonly Phrase SourceAlreadyPaused = new("Source “{0}” is already paused.", "La source « {0} » est déjà en pause.", "المصدر «{0}» متوقف مؤقتًا بالفعل.");

    public static readonly Phrase SourceAlreadyActive = new("Source “{0}” is already active.", "La source « {0} » est déjà active.", "المصدر «{0}» نشط بالفعل.");

    public static readonly Phrase NoSources = new(
        "This server has added no sources; it sees the bot’s shared sources. Add one with /source add.",
        "Ce serveur n’a ajouté aucune source ; il voit les sources communes du bot. Ajoutez-en une avec /source add.",
        "لم يُضف هذا الخادم أي مصدر؛ يرى المصادر المشتركة للبوت. أضف واحدًا عبر /source add.");

    public static readonly Phrase SourcesTitle = new("Sources of this server ({0})", "Sources de ce serveur ({0})", "مصادر هذا الخادم ({0})");

    public static readonly Phrase SourceTitle = new("Source “{0}”", "Source « {0} »", "المصدر «{0}»");

    public static readonly Phrase SourceLanguageInvalid = new(
        "language is one of {1} (got “{0}”).",
        "language vaut l’une de ces langues : {1} (reçu « {0} »).",
        "language واحدة من {1} (المُدخل: «{0}»).");

    public static readonly Phrase SwitchInvalid = new(
        "{0} is true or false (got “{1}”).",
        "{0} vaut true ou false (reçu « {1} »).",
        "{0} قيمته true أو false (المُدخل: «{1}»).");

    public static readonly Phrase SourceSettingsField = new("Settings", "Réglages", "الإعدادات");

    public static readonly Phrase SourceSettings = new("language: {0} · {1}", "langue : {0} · {1}", "اللغة: {0} · {1}");

    public static readonly Phrase LanguageDetected = new("detected", "détectée", "تُكتشف تلقائيًا");

    public static readonly Phrase FullTextOn = new("full text", "texte intégral", "النص الكامل");

    public static readonly Phrase FullTextOff = new("feed text", "texte du flux", "نص الموجز");

    public static readonly Phrase LastPoll = new("Last poll", "Dernière lecture", "آخر جلب");

    public static readonly Phrase LastSuccess = new("Last success", "Dernier succès", "آخر نجاح");

    public static readonly Phrase ErrorStreak = new("Failures in a row", "Échecs d’affilée", "إخفاقات متتالية");

    public static readonly Phrase NextPoll = new("Next poll", "Prochaine lecture", "الجلب التالي");

    public static readonly Phrase Problem = new("Problem", "Problème", "المشكلة");

    public static readonly Phrase Never = new("never", "jamais", "أبدًا");
}
