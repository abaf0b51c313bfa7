using System.Buffers;
using Bot.Core.Text;
using Span = Bot.Core.Matching.RuleEvaluator.Span;

namespace Bot.Core.Matching;

/// <summary>
/// Whether a state's name stands near a statement without being its speaker: a news agency's credit ("MOSCÚ
/// (Xinhua) —", "(UrduPoint News / Sputnik - 21st July, 2023)"), or whom the statement was made to ("in a
/// statement to Sputnik", "told Russia's TASS", "a déclaré à l'agence TASS", "sagte gegenüber der Agentur RIA",
/// "в интервью ТАСС", "في حديث لوكالة تاس", "接受俄罗斯卫星通讯社采访"), or who relays it ("quoted by TASS", "которого
/// цитирует ТАСС"). One state's agencies carry many of another state's denials, and their names must not make the
/// denial theirs.
/// </summary>
internal static class Bystander
{
    // A credit or byline in brackets is short; a longer bracket is part of what is said.
    private const int MaxBracket = 60;

    // Words between the one that addresses and the name ("to the state news agency TASS"), at most this many.
    private const int MaxFillers = 3;

    // Folded words after which a name is the one spoken to: verbs and prepositions ("told", "gegenüber", 对, 向)
    // and nouns in the dative that carry it themselves (Russian "агентству", Arabic "لوكالة" with its ل).
    private static readonly WordSet Addressing = new(
        "told", "gegenuber", "gegenueber",
        "интервью", "агентству", "информагентству", "изданию", "газете", "телеканалу", "радиостанции",
        "لوكاله", "لقناه", "لصحيفه", "لشبكه", "لموقع", "لاذاعه", "لتلفزيون", "لمراسل",
        "对", "向",
        "цитирует", "цитируют", "цитировал", "цитировала", "цитировало", "цитировали");

    // Folded words that may stand between it and the name: articles, a possessive's "s", what the outlet is.
    private static readonly WordSet Fillers = new(
        "the", "s", "state", "news", "agency", "broadcaster", "outlet", "newspaper", "channel", "media", "daily", "official",
        "la", "le", "les", "agence", "chaine", "journal", "quotidien", "presse", "officielle", "publique",
        "el", "agencia", "cadena", "diario", "medio", "estatal", "oficial", "de", "noticias",
        "der", "die", "dem", "den", "agentur", "nachrichtenagentur", "staatlichen", "zeitung", "sender",
        "агентства", "агентству", "газеты", "издания",
        "وكاله", "الانباء", "انباء", "قناه", "صحيفه");

    // Prepositions that address the name only after a word of speech ("in a statement to Sputnik", "a déclaré à
    // l'agence", "dijo a Sputnik"): alone they also say where ("à Moscou") or whom something is done to.
    private static readonly WordSet Prepositions = new("to", "with", "a", "au", "aux", "al");

    // Prepositions after which a name relays what another said ("quoted by TASS", "cité par l'agence", "citado por"),
    // only after a word of quoting: "a statement by the embassy" is the embassy's.
    private static readonly WordSet RelayingPrepositions = new("by", "par", "por");

    private static readonly WordSet Quoting = new("quoted", "cited", "cite", "citee", "cites", "citait", "citado", "citada", "citados", "citadas");

    private static readonly WordSet Speech = new(
        "said", "says", "saying", "told", "stated", "declared", "added", "explained", "wrote", "spoke", "speaking", "talking",
        "statement", "statements", "interview", "remarks", "comments", "reply", "replied",
        "declare", "dit", "confie", "explique", "indique", "affirme", "precise", "assure", "ajoute", "repondu", "raconte",
        "declaration", "declarations", "entretien", "confidences",
        "dijo", "declaro", "afirmo", "explico", "aseguro", "indico", "senalo", "agrego", "anadio", "manifesto", "conto",
        "respondio", "declaraciones", "entrevista");

    private static readonly SearchValues<char> JoiningMarks = SearchValues.Create(" \u00A0\"'«»“”„‘’");
    private static readonly SearchValues<char> Brackets = SearchValues.Create("()（）\n");


    /// <summary>Whether mention <paramref name="index"/> of <paramref name="mentions"/> (in text order) is a credit or an addressee.</summary>
    public static bool Is(ReadOnlySpan<Span> mentions, int index, TokenizedText text) =>
        InBrackets(mentions[index], text) || IsAddressee(mentions, index, text);

    private static bool InBrackets(Span mention, TokenizedText text)
    {
        var original = text.Original.AsSpan();
        var start = text[mention.Start].Start;
        var end = text[mention.End - 1].End;
        var before = original[Math.Max(0, start - MaxBracket)..start];
        var after = original[end..Math.Min(original.Length, end + MaxBracket)];
        var open = before.LastIndexOfAny(Brackets);
        var close = after.IndexOfAny(Brackets);
        return open >= 0 && before[open] is '(' or '（' && close >= 0 && after[close] is ')' or '）'
            && (before.Length - open) + (end - start) + close <= MaxBracket;
    }

    // The words before the name, back to one that addresses it; a name joined to another that is addressed is
    // addressed too ("told Russia's TASS", "接受俄罗斯卫星通讯社采访").
    private static bool IsAddressee(ReadOnlySpan<Span> mentions, int index, TokenizedText text)
    {
        var token = mentions[index].Start - 1;
        for (var fillers = 0; token >= 0 && Joined(text, token); token--)
        {
            var form = text.Form(token);
            if (Addressing.Contains(form) || (form is "受" && token > 0 && text.Form(token - 1) is "接"))
            {
                return true;
            }

            if ((Prepositions.Contains(form) ? Speech : RelayingPrepositions.Contains(form) ? Quoting : null) is { } leading)
            {
                return token > 0 && Joined(text, token - 1) && leading.Contains(text.Form(token - 1));
            }

            if (MentionEndingAt(mentions, index, token + 1) is var joined and >= 0)
            {
                (index, token) = (joined, mentions[joined].Start);
                continue;
            }

            if (++fillers > MaxFillers || !Fillers.Contains(form))
            {
                return false;
            }
        }

        return false;
    }

    private static int MentionEndingAt(ReadOnlySpan<Span> mentions, int before, int end)
    {
        // Mentions are in text order and a few words long.
        for (var m = before - 1; m >= 0 && mentions[m].Start >= end - RuleEvaluator.MaxMentionTokens; m--)
        {
            if (mentions[m].End == end)
            {
                return m;
            }
        }

        return -1;
    }

    // Whether token <paramref name="token"/> and the next are one phrase: nothing but spaces, quotation marks or an
    // apostrophe between them ("لوكالة "تاس"", "Russia's"), or a French article the tokenizer dropped ("à l'agence").
    private static bool Joined(TokenizedText text, int token)
    {
        var gap = text.Original.AsSpan(text[token].End, text[token + 1].Start - text[token].End);
        if (gap is [.., 'l' or 'L' or 'd' or 'D', '\'' or '’'])
        {
            gap = gap[..^2];
        }

        return gap.IndexOfAnyExcept(JoiningMarks) < 0;
    }
}
