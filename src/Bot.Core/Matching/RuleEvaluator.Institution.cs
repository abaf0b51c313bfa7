using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>BY: a speaker named only as an institution ("the embassy", "die Botschaft", "в дипмиссии").</summary>
internal static partial class RuleEvaluator
{
    // How many words may stand between a state's name and the institution after it: "the Russian Embassy", "Russia's
    // embassy", "the Russian Federation's Embassy".
    private const int MaxInstitutionGap = 2;

    // Folded nouns for a state's diplomatic institutions and their people, which a report names bare once it has
    // said whose they are. Arabic ones are matched from each point a proclitic may end ("والسفارة").
    private static readonly WordSet InstitutionNouns = new(
        "embassy", "mission", "ministry", "ambassador", "spokesman", "spokeswoman", "spokesperson", "diplomats",
        "ambassade", "ministere", "ambassadeur", "diplomates",
        "embajada", "mision", "ministerio", "cancilleria", "embajador", "portavoz",
        "botschaft", "vertretung", "ministerium", "botschafter", "sprecher", "sprecherin",
        "посольство", "посольства", "посольстве", "посольству", "дипмиссия", "дипмиссии", "миссия", "миссии", "посол",
        "посла", "ведомство", "ведомства", "ведомстве", "дипломаты",
        "سفاره", "بعثه", "وزاره", "سفير", "متحدث");

    private static readonly WordSet OfWords = new("of", "de", "du", "des", "del", "der");

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
        for (var j = FirstStartingAt(candidates, token - MaxInstitutionGap - MaxMentionTokens); j < candidates.Length && candidates[j].Start <= after; j++)
        {
            if ((candidates[j].End <= token && candidates[j].End >= token - MaxInstitutionGap) || candidates[j].Start == after)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsInstitution(TokenizedText text, int token) =>
        InstitutionNouns.ContainsStem(text.Form(token), text[token].Script);
}
