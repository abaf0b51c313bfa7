using Bot.Core.Rules;

namespace Bot.Commands.Localization;

/// <summary>
/// A rule's syntax problem and hint in the reply language, from the parser's stable code and arguments (the parser
/// itself speaks English only, for the command line and logs).
/// </summary>
internal static class RuleSyntaxTexts
{
    private static readonly Phrase StartHint = new(
        "start with a word, a \"phrase\", a concept such as actor:russia, NOT or '('",
        "commencez par un mot, une « expression », un concept comme actor:russia, NOT ou « ( »",
        "ابدأ بكلمة أو «عبارة» أو مفهوم مثل actor:russia أو NOT أو «(»");

    private static readonly Phrase NeverClosed = new("this '(' is never closed", "cette « ( » n’est jamais fermée", "هذا القوس «(» لا يُغلق أبدًا");

    private static readonly Phrase NoSuchConcept = new("there is no concept '{0}'", "il n’y a pas de concept « {0} »", "لا يوجد مفهوم «{0}»");

    private static readonly Dictionary<RuleSyntaxError, (Phrase Problem, Phrase Hint)> Phrases = new()
    {
        [RuleSyntaxError.UnclosedQuote] = (
            new("this quote is never closed", "ces guillemets ne sont jamais fermés", "علامة الاقتباس هذه لا تُغلق أبدًا"),
            new("end the phrase with a matching \"", "terminez l’expression par un \" correspondant", "أنهِ العبارة بعلامة \" مطابقة")),
        [RuleSyntaxError.InvalidDistance] = (
            new("'{0}' is not a valid distance", "« {0} » n’est pas une distance valide", "«{0}» ليست مسافة صالحة"),
            new("write NEAR/n with n a whole number from 1 to {1}, such as NEAR/5", "écrivez NEAR/n avec n un nombre entier de 1 à {1}, par exemple NEAR/5", "اكتب NEAR/n حيث n عدد صحيح من 1 إلى {1}، مثل NEAR/5")),
        [RuleSyntaxError.EmptyRule] = (
            new("the rule is empty", "la règle est vide", "القاعدة فارغة"),
            new("write words, \"quoted phrases\" or concepts such as actor:russia", "écrivez des mots, des « expressions entre guillemets » ou des concepts comme actor:russia", "اكتب كلمات أو «عبارات بين علامتي اقتباس» أو مفاهيم مثل actor:russia")),
        [RuleSyntaxError.UnmatchedClose] = (
            new("')' has no matching '('", "« ) » n’a pas de « ( » correspondante", "القوس «)» ليس له «(» مقابل"),
            new("remove it or add '(' before it", "supprimez-la ou ajoutez « ( » avant", "احذفه أو أضف «(» قبله")),
        [RuleSyntaxError.UnexpectedToken] = (
            new("unexpected '{0}'", "« {0} » inattendu", "«{0}» غير متوقع"),
            new("join parts with AND, OR, NEAR/n or SENT", "reliez les parties par AND, OR, NEAR/n ou SENT", "اربط الأجزاء بـ AND أو OR أو NEAR/n أو SENT")),
        [RuleSyntaxError.MissingRightOperand] = (
            new("'{0}' needs something to its right", "« {0} » attend quelque chose à sa droite", "«{0}» يحتاج إلى شيء على يمينه"),
            new("put a word, a \"phrase\", a concept or a (group) there", "mettez-y un mot, une « expression », un concept ou un (groupe)", "ضع هناك كلمة أو «عبارة» أو مفهومًا أو (مجموعة)")),
        [RuleSyntaxError.GroupNeverStarted] = (
            NeverClosed,
            new("put a condition after it and end the group with ')'", "mettez une condition après elle et fermez le groupe par « ) »", "ضع شرطًا بعده وأغلق المجموعة بـ «)»")),
        [RuleSyntaxError.EmptyGroup] = (
            new("the parentheses are empty", "les parenthèses sont vides", "القوسان فارغان"),
            new("put a condition inside them or remove them", "mettez-y une condition ou supprimez-les", "ضع شرطًا بينهما أو احذفهما")),
        [RuleSyntaxError.UnclosedGroup] = (
            NeverClosed,
            new("add ')' at the end of the group", "ajoutez « ) » à la fin du groupe", "أضف «)» في نهاية المجموعة")),
        [RuleSyntaxError.EndsTooEarly] = (
            new("the rule ends too early", "la règle s’arrête trop tôt", "تنتهي القاعدة مبكرًا"),
            StartHint),
        [RuleSyntaxError.CannotStart] = (
            new("'{0}' cannot start a condition", "« {0} » ne peut pas commencer une condition", "لا يمكن أن يبدأ شرط بـ «{0}»"),
            StartHint),
        [RuleSyntaxError.MissingConceptName] = (
            new("'{0}:' has no name", "« {0}: » n’a pas de nom", "«{0}:» بلا اسم"),
            new("write it like actor:russia, lang:fr or source:bbc-arabic", "écrivez-le comme actor:russia, lang:fr ou source:bbc-arabic", "اكتبه مثل actor:russia أو lang:fr أو source:bbc-arabic")),
        [RuleSyntaxError.UnknownConceptKind] = (
            new("'{0}:' is not a kind of concept", "« {0}: » n’est pas un type de concept", "«{0}:» ليس نوعًا من المفاهيم"),
            new("use {1}, or put the text in quotes", "utilisez {1}, ou mettez le texte entre guillemets", "استخدم {1}، أو ضع النص بين علامتي اقتباس")),
        [RuleSyntaxError.InvalidConceptName] = (
            new("'{0}' is not a concept name", "« {0} » n’est pas un nom de concept", "«{0}» ليس اسم مفهوم"),
            new("names are letters, digits, '-' and '_', or * for any", "un nom est fait de lettres, de chiffres, de « - » et de « _ », ou * pour tous", "الأسماء حروف وأرقام و«-» و«_»، أو * لأي مفهوم")),
        [RuleSyntaxError.UnknownConcept] = (
            NoSuchConcept,
            new("did you mean {1}?", "vouliez-vous dire {1} ?", "هل تقصد {1}؟")),
        [RuleSyntaxError.UnknownConceptNoneOfKind] = (
            NoSuchConcept,
            new("no {1}: concepts are loaded", "aucun concept {1}: n’est chargé", "لا توجد مفاهيم {1}: محمّلة")),
        [RuleSyntaxError.NothingToFind] = (
            new("'{0}' has no letters or digits to look for", "« {0} » ne contient ni lettre ni chiffre à chercher", "لا يحتوي «{0}» على حروف أو أرقام يُبحث عنها"),
            new("write a word or a phrase, or remove it", "écrivez un mot ou une expression, ou supprimez-le", "اكتب كلمة أو عبارة، أو احذفه")),
        [RuleSyntaxError.SpeakerNotConcept] = (
            new("'{0}' needs a concept to its right: who says or does it", "« {0} » attend un concept à sa droite : qui le dit ou le fait", "«{0}» يحتاج إلى مفهوم على يمينه: من يقوله أو يفعله"),
            new("write it like stance:denial BY/15 actor:russia", "écrivez par exemple stance:denial BY/15 actor:russia", "اكتبها مثل stance:denial BY/15 actor:russia")),
    };

    /// <summary>The problem and hint of <paramref name="error"/> in <paramref name="language"/>; the parser's English when it gave no code.</summary>
    public static (string Problem, string Hint) Describe(RuleSyntaxException error, Language language)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!Phrases.TryGetValue(error.Error, out var phrases))
        {
            return (error.Problem, error.Hint);
        }

        object?[] arguments = [.. error.Arguments];
        return (phrases.Problem.Format(language, arguments), phrases.Hint.Format(language, arguments));
    }

    /// <summary>Every code that has its own phrases (tests check that each has them).</summary>
    public static IReadOnlyCollection<RuleSyntaxError> Covered => Phrases.Keys;
}
