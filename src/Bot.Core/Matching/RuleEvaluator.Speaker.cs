using System.Buffers;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>BY: who says what a witness says.</summary>
internal static partial class RuleEvaluator
{
    // A speaker carried into the next sentence: at most this many tokens after it to the end of its sentence ("Peskov
    // told reporters."), its verb of saying at most this many before it ("dijo el portavoz del Kremlin, Dmitri
    // Peskov"), and at most this many mentions make its name after a quotation ("Kremlin spokesman Dmitry Peskov").
    private const int MaxAfterSpeaker = 2;
    private const int MaxBeforeSpeaker = 8;
    private const int MaxSpeakerMentions = 4;

    // A sentence that opens with a verb of saying has it among its first words ("По его словам", "Il a ajouté").
    private const int MaxBeforeSaying = 2;

    // A quotation whose speaker is named where it closes may run over this many sentences after the denial.
    private const int MaxQuotedSentences = 2;

    // Folded words that may stand before a verb of saying that opens a sentence and is followed by its speaker.
    private static readonly WordSet PointingBack = new(
        "об", "этом", "это", "так", "как", "накануне", "ранее", "также", "вчера", "сегодня",
        "asi", "lo", "como", "tambien", "ainsi", "comme", "l", "a", "das", "dies", "so", "auch");

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"'»«“”„‘’」』");
    private static readonly SearchValues<char> QuotationGap = SearchValues.Create("\"'»«“”„‘’」』,，.。 \u00A0-–—");

    /// <summary>
    /// BY: each left witness whose speaker is the node's concept. The speaker is a concept of that kind in the
    /// witness's sentence within the distance: any before it (the subject of "China denies a Russian report"), or,
    /// with none before, the nearest after it (Arabic puts the verb first: "نفت الصين"), passing over one that
    /// stands next to an accusation before the witness: that one is the accuser ("called the US accusations
    /// absurd", "Russia accused Chinese hackers, but Beijing denied it"), the speaker only when no one else is there.
    /// </summary>
    private static Result BySpeaker(CompiledNode node, Result left, Result speaker, MatchScope scope)
    {
        // Atoms' witnesses are in text order: sorted by start, and so by sentence.
        var candidates = scope.Witnesses(scope.AtomResult(node.Atom));
        var speakers = scope.Witnesses(speaker);
        var accusers = node.Accusers >= 0 ? scope.Witnesses(scope.AtomResult(node.Accusers)) : [];
        var said = node.Statements >= 0 ? scope.Witnesses(scope.AtomResult(node.Statements)) : [];
        var distance = node.Distance * scope.TokensPerWord;
        var joined = scope.Reserve(left.Count);
        var count = 0;
        foreach (var a in scope.Witnesses(left))
        {
            var sentence = scope.SentenceOf(a.Start, a.End);
            if (sentence < 0)
            {
                continue;
            }

            // The speaker stands before the witness, as its subject ("China denies a Russian report": not the
            // Russian after it), unless none does: then it is the nearest after (Arabic puts the verb first: "نفت
            // الصين"). Any before counts, since a dateline or an addressee may come between ("Berlin - China's
            // embassy in Berlin rejected"; "Zakharova demanded that Berlin present evidence"), except an accuser,
            // one next to an accusation word on its side of the witness: "Russia accused Chinese hackers, but
            // Beijing denied it" is not Russia's denial, and with only accusers before, the speaker may come after
            // ("Обвинения Лондона отвергли в Кремле"). Only when no one else is there does an accuser before count
            // ("Russia, accused of the attack, denied it").
            var at = FirstStartingAt(candidates, a.Start);
            var (found, before, after, accuser) = (-1, false, false, -1);

            // Inside a quotation its speaker is the one named where it closes, whoever the quotation names.
            if (NamedAfterClosing(a, candidates, at, said, scope) is var quoted and >= 0)
            {
                (found, after) = (Contains(speakers, candidates[quoted]) ? quoted : -1, true);
            }

            for (var j = at - 1; j >= 0 && !after && found < 0 && Within(a, candidates[j], sentence, distance, scope); j--)
            {
                if (Overlap(a, candidates[j]) || Bystander.Is(candidates, j, scope.Text))
                {
                    continue;
                }

                if (IsAccuser(candidates, candidates[j].Start, a, accusers, scope))
                {
                    accuser = accuser < 0 && Contains(speakers, candidates[j]) ? j : accuser;
                    continue;
                }

                before = true;
                found = Contains(speakers, candidates[j]) ? j : -1;
            }

            for (var j = at; !before && !after && j < candidates.Length && Within(a, candidates[j], sentence, distance, scope); j++)
            {
                if (!Overlap(a, candidates[j]) && !Bystander.Is(candidates, j, scope.Text))
                {
                    // After a quotation, the one named with the verb of saying: "…,” Xinhua quoted Kremlin spokesman
                    // Dmitry Peskov as saying" is Peskov's.
                    after = true;
                    var nearest = NamedAfterQuotation(candidates, j, sentence, said, scope) is var named and >= 0 ? named : j;
                    found = Contains(speakers, candidates[nearest]) ? nearest : -1;
                    break;
                }
            }

            found = before || after ? found : accuser >= 0 ? accuser : CarriedSpeaker(a, candidates, speakers, said, at, distance, scope);
            found = found < 0 ? Answerer(a, candidates, speakers, scope) : found;
            found = found < 0 && !before && !after ? BareInstitution(a, candidates, speakers, scope) : found;

            if (found >= 0)
            {
                var b = candidates[found];
                scope.Witnesses(joined)[count++] = new Span(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End), a.Weight + b.Weight);
            }
        }

        return count == 0 ? Result.False : scope.Shrink(joined, count);
    }

    // A sentence that names no one may be spoken by someone named with a verb of saying: where the sentence before
    // ends ("…, sagte Peskow. Dafür gebe es keine Beweise."), in the sentence before when this one opens with a verb
    // of saying and no name ("Peskov told reporters the report was a provocation. He added that the claims were
    // absurd.", "По его словам, …"), or where the quotation it stands in closes ("«… безосновательность подобных
    // обвинений. …», - сказал Песков."), or where it opens ('Peskov told reporters: "We read the report. It is
    // absurd."'). A state merely named in a sentence ("the hackers work for the Russian government.") does not speak
    // the next one.
    private static int CarriedSpeaker(Span a, ReadOnlySpan<Span> candidates, ReadOnlySpan<Span> speakers, ReadOnlySpan<Span> said, int at, int reach, MatchScope scope)
    {
        var sentence = scope.SentenceOfToken(a.Start);
        var next = FirstAfter(a, candidates, at);

        if (next < candidates.Length && scope.SentenceOfToken(candidates[next].Start) == sentence)
        {
            return -1;
        }

        var found = -1;
        if (!said.IsEmpty)
        {
            found = SpeakerBefore(a, candidates, at, said, reach, scope);
            found = found >= 0 ? found : SpeakerAfterQuotation(a, candidates, next, said, reach, scope);
        }

        found = found >= 0 ? found : SpeakerOpeningQuotation(a, candidates, at, said, scope);

        return found >= 0 && Contains(speakers, candidates[found]) ? found : -1;
    }

    // The speaker of the sentence before: one ending it, or, when this sentence opens with a verb of saying, the
    // last one there with a verb of saying next to it.
    private static int SpeakerBefore(Span a, ReadOnlySpan<Span> candidates, int at, ReadOnlySpan<Span> said, int reach, MatchScope scope)
    {
        var sentence = scope.SentenceOfToken(a.Start);
        var first = scope.SentenceStart(a.Start);
        var opensWithSaying = OpensWithSaying(said, first, sentence, scope);
        for (var j = at - 1; j >= 0 && scope.SentenceOf(candidates[j].Start, candidates[j].End) == sentence - 1 && a.Start - candidates[j].End <= reach; j--)
        {
            var endsSentence = j == at - 1 && first - candidates[j].End <= MaxAfterSpeaker;
            if ((endsSentence || opensWithSaying) && SaidBy(said, candidates[j], scope) >= 0)
            {
                return j;
            }
        }

        return -1;
    }

    // Whether a verb of saying stands among the first words of a sentence ("He added", "Er betonte", "وأضاف",
    // "По его словам").
    private static bool OpensWithSaying(ReadOnlySpan<Span> said, int first, int sentence, MatchScope scope)
    {
        foreach (var verb in said)
        {
            if (verb.Start >= first && verb.Start <= first + MaxBeforeSaying && scope.SentenceOfToken(verb.Start) == sentence)
            {
                return true;
            }
        }

        return false;
    }

    // After a quotation the speaker's name may take several mentions ("Kremlin spokesman Dmitry Peskov said"): any
    // of the first few counts, the quotation closing right before the first of them or its verb.
    private static int SpeakerAfterQuotation(Span a, ReadOnlySpan<Span> candidates, int next, ReadOnlySpan<Span> said, int reach, MatchScope scope)
    {
        var sentence = scope.SentenceOfToken(a.Start);
        var later = next < candidates.Length ? scope.SentenceOf(candidates[next].Start, candidates[next].End) : -1;
        if (later <= sentence || later > sentence + MaxQuotedSentences || candidates[next].Start - a.End > reach)
        {
            return -1;
        }

        return NamedAfterQuotation(candidates, next, later, said, scope);
    }

    // In a press-conference transcript an answer is the spokesperson's, whoever it names: "答：…美方有关指责毫无根据" is
    // China's when "外交部发言人洪磊主持例行记者会" opens the page. The speaker is one named before the first turn.
    private static int Answerer(Span a, ReadOnlySpan<Span> candidates, ReadOnlySpan<Span> speakers, MatchScope scope)
    {
        var transcript = scope.Transcript;
        if (!transcript.InAnswer(scope.Text[a.Start].Start))
        {
            return -1;
        }

        for (var j = 0; j < candidates.Length && scope.Text[candidates[j].Start].Start < transcript.Opening; j++)
        {
            if (Contains(speakers, candidates[j]) && !Bystander.Is(candidates, j, scope.Text))
            {
                return j;
            }
        }

        return -1;
    }

    // Of the first few mentions from <paramref name="next"/> on in the sentence, the one with a verb of saying, when a
    // quotation closes right before the first of them or its verb; -1 when there is none.
    private static int NamedAfterQuotation(ReadOnlySpan<Span> candidates, int next, int sentence, ReadOnlySpan<Span> said, MatchScope scope)
    {
        for (var k = next; k < candidates.Length && k < next + MaxSpeakerMentions && scope.SentenceOfToken(candidates[k].Start) == sentence; k++)
        {
            if (SaidBy(said, candidates[k], scope) is var verb and >= 0 && ClosesQuotation(scope.Text, Math.Min(verb, candidates[next].Start)))
            {
                return k;
            }
        }

        return -1;
    }

    // Where the verb of saying of a speaker starts, in its sentence, or -1: right after it ("Peskov said", "Peskov
    // told reporters"), or a few words before it when the verb follows a comma, a quotation or a dash or opens the
    // sentence (", said Kremlin spokesman Dmitry Peskov", "», — заявил Песков", "وقال المتحدث باسم الكرملين"), which
    // a verb that merely precedes a name ("the ministry said hackers worked for the Russian government") does not.
    private static int SaidBy(ReadOnlySpan<Span> said, Span speaker, MatchScope scope)
    {
        var sentence = scope.SentenceOfToken(speaker.Start);
        foreach (var verb in said)
        {
            var after = verb.Start >= speaker.End && verb.Start <= speaker.End + 1;
            var inverted = verb.End <= speaker.Start && verb.Start >= speaker.Start - MaxBeforeSpeaker &&
                (scope.Text[verb.Start].AfterBreak || OpensSentence(verb.Start, scope));
            if ((after || inverted) && scope.SentenceOfToken(verb.Start) == sentence)
            {
                return verb.Start;
            }
        }

        return -1;
    }

    // Whether the verb opens its sentence, alone or after words that only point back at what was said: "Об этом
    // накануне заявил Песков", "Как заявил", "Así lo afirmó", "Das sagte".
    private static bool OpensSentence(int verb, MatchScope scope)
    {
        var first = scope.SentenceStart(verb);
        if (verb - first > MaxBeforeSaying + 1)
        {
            return false;
        }

        for (var token = first; token < verb; token++)
        {
            if (!PointingBack.Contains(scope.Text.Form(token)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a quotation closes right before token <paramref name="token"/>: only a quotation mark, commas,
    // dashes and spaces stand between it and the token before.
    private static bool ClosesQuotation(TokenizedText text, int token)
    {
        if (token == 0)
        {
            return false;
        }

        var gap = text.Original.AsSpan(text[token - 1].End, text[token].Start - text[token - 1].End);
        return gap.IndexOfAny(QuotationMarks) >= 0 && gap.IndexOfAnyExcept(QuotationGap) < 0;
    }

    private static bool Within(Span a, Span b, int sentence, int distance, MatchScope scope) =>
        scope.SentenceOf(b.Start, b.End) == sentence && Gap(a, b) <= distance;

    private static bool Overlap(Span a, Span b) => a.Start < b.End && b.Start < a.End;

    // The first of the mentions from <paramref name="at"/> on (those starting where the witness does or later) that
    // does not overlap it.
    private static int FirstAfter(Span a, ReadOnlySpan<Span> candidates, int at)
    {
        var next = at;
        while (next < candidates.Length && Overlap(a, candidates[next]))
        {
            next++;
        }

        return next;
    }

    // Right next to an accusation word ("Russia accused", "U.S. accusations", "اتهامات واشنطن", "обвинения
    // Лондона") that stands before the witness, as the candidate does: in "Moscow denies accusations" the
    // accusations are what Moscow denies. Not one word away: that is the subject of a verb whose object is the
    // accusation ("وصف الكرملين، الخميس، الاتهامات ... بأنها سخيفة") or the speaker after a clause about an
    // accusation ("Russland beschuldigt chinesische Hacker, doch Peking bestreitet"). In its own sentence: the end of
    // the sentence before ("…為俄羅斯所為。俄羅斯駁斥了…", Chinese has no space after a full stop) is not next to it.
    private static bool IsAccuser(Span candidate, Span witness, ReadOnlySpan<Span> accusers, MatchScope scope)
    {
        var sentence = scope.SentenceOfToken(candidate.Start);
        for (var j = FirstStartingAt(accusers, candidate.Start - 3); j < accusers.Length && accusers[j].Start <= candidate.End; j++)
        {
            var accusation = accusers[j];
            if (!Overlap(candidate, accusation) && accusation.End <= witness.Start &&
                (accusation.Start == candidate.End || accusation.End == candidate.Start) &&
                scope.SentenceOfToken(accusation.Start) == sentence)
            {
                return true;
            }
        }

        return false;
    }

    // A mention found by several terms ("俄" and "俄罗斯") is one mention: an accuser if any of its spans is.
    private static bool IsAccuser(ReadOnlySpan<Span> candidates, int start, Span witness, ReadOnlySpan<Span> accusers, MatchScope scope)
    {
        for (var j = FirstStartingAt(candidates, start); j < candidates.Length && candidates[j].Start == start; j++)
        {
            if (IsAccuser(candidates[j], witness, accusers, scope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ReadOnlySpan<Span> spans, Span span)
    {
        for (var j = FirstStartingAt(spans, span.Start); j < spans.Length && spans[j].Start == span.Start; j++)
        {
            if (spans[j].End == span.End)
            {
                return true;
            }
        }

        return false;
    }
}
