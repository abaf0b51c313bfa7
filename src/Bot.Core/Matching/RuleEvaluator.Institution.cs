using System.Collections.Frozen;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>BY: a speaker named only as an institution ("the embassy", "die Botschaft", "в дипмиссии").</summary>
internal static partial class RuleEvaluator
{
    // How many words may stand between a state's name and the institution after it: "the Russian Embassy", "Russia's
    // embassy", "the Russian Federation's Embassy".
    private const int MaxInstitutionGap = 2;

    // No state's name is longer, in tokens ("俄罗斯联邦驻美国大使馆" is a token per character).
    private const int MaxMentionWords = 16;

    // Folded nouns for a state's diplomatic institutions and their people, which a report names bare once it has
    // said whose they are. Arabic ones are matched from each point a proclitic may end ("والسفارة").
    private static readonly FrozenSet<string> InstitutionNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "embassy", "mission", "ministry", "ambassador", "spokesman", "spokeswoman", "spokesperson", "diplomats",
        "ambassade", "ministere", "ambassadeur", "diplomates",
        "embajada", "mision", "ministerio", "cancilleria", "embajador", "portavoz",
        "botschaft", "vertretung", "ministerium", "botschafter", "sprecher", "sprecherin",
        "посольство", "посольства", "посольстве", "посольству", "дипмиссия", "дипмиссии", "миссия", "миссии", "посол",
        "посла", "ведомство", "ведомства", "ведомстве", "дипломаты",
        "سفاره", "بعثه", "وزاره", "سفير", "متحدث");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfWords =
        FrozenSet.Create(StringComparer.Ordinal, "of", "de", "du", "des", "del", "der").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionWords = InstitutionNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // A sentence whose only speaker is an institution named bare ("The diplomatic mission called these allegations
    // unsubstantiated.", "…“, so die Botschaft.") speaks for the state whose institution the text last named with
    // the state ("The Russian Embassy in the United States expressed disappointment …").
    private static int BareInstitution(Span a, ReadOnlySpan<Span> candidates, ReadOnlySpan<Span> speakers, MatchScope scope)
    {
        var sentence = scope.SentenceOfToken(a.Start);
        var first = scope.SentenceStart(a.Start);
        var bare = false;
        for (var k = first; k < scope.Text.Count && scope.SentenceOfToken(k) == sentence && !bare; k++)
        {
            bare = IsInstitution(scope.Text, k) && NamedWith(candidates, scope.Text, k) < 0;
        }

        for (var k = first - 1; bare && k >= 0; k--)
        {
            if (IsInstitution(scope.Text, k) && NamedWith(candidates, scope.Text, k) is var named and >= 0)
            {
                return Contains(speakers, candidates[named]) ? named : -1;
            }
        }

        return -1;
    }

    // The mention of a state that qualifies the institution noun at token <paramref name="token"/>, or -1: one just
    // before it ("the Russian Embassy"), or right after it or after "of" ("l'ambassade de Russie", "посольство
    // России", "السفارة الروسية"); not one after "in" ("the US Embassy in Moscow" is not Russia's).
    private static int NamedWith(ReadOnlySpan<Span> candidates, TokenizedText text, int token)
    {
        var after = token + 1 < text.Count && OfWords.Contains(text.Form(token + 1)) ? token + 2 : token + 1;
        // Candidates are in text order; one ending next to the noun starts a few words before it at most.
        for (var j = FirstStartingAt(candidates, token - MaxInstitutionGap - MaxMentionWords); j < candidates.Length && candidates[j].Start <= after; j++)
        {
            if ((candidates[j].End <= token && candidates[j].End >= token - MaxInstitutionGap) || candidates[j].Start == after)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsInstitution(TokenizedText text, int token)
    {
        var form = text.Form(token);
        if (text[token].Script != TokenScript.Arabic)
        {
            return InstitutionWords.Contains(form);
        }

        Span<int> starts = stackalloc int[6];
        var count = ArabicClitics.Starts(form, starts);
        for (var s = 0; s < count; s++)
        {
            if (InstitutionWords.Contains(form[starts[s]..]))
            {
                return true;
            }
        }

        return false;
    }
}
