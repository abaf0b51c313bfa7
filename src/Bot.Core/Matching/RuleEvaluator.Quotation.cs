namespace Bot.Core.Matching;

/// <summary>BY: a quotation that runs over several sentences is its opener's.</summary>
internal static partial class RuleEvaluator
{
    // How far back, in characters of one paragraph, a quotation's opening is looked for.
    private const int MaxQuotationLength = 1000;

    // 'Peskov told reporters: "We have read the report. It is absurd."': the denial in the quotation's second
    // sentence is Peskov's, who is named before the quotation opens with a colon, a comma or a verb of saying
    // between ('وكتبت زاخاروفا على حسابها في "فيسبوك": "…؟ هذا هراء"').
    private static int SpeakerOpeningQuotation(Span a, ReadOnlySpan<Span> candidates, int at, ReadOnlySpan<Span> said, MatchScope scope)
    {
        var text = scope.Text;
        var open = QuotationOpening(text.Original, text[a.Start].Start);
        if (open < 0)
        {
            return -1;
        }

        var inside = a.Start;
        while (inside > 0 && text[inside - 1].Start > open)
        {
            inside--;
        }

        var sentence = scope.SentenceOfToken(inside);
        if (sentence == scope.SentenceOfToken(a.Start))
        {
            return -1;
        }

        // Names inside the quotation are what it speaks of; the speaker is the last one before it, in its sentence.
        for (var j = at - 1; j >= 0; j--)
        {
            if (candidates[j].End > inside)
            {
                continue;
            }

            if (scope.SentenceOfToken(candidates[j].Start) != sentence)
            {
                return -1;
            }

            var between = text.Original.AsSpan(text[candidates[j].End - 1].End, open - text[candidates[j].End - 1].End).TrimEnd();
            var introduced = between is [.., ':' or '：' or ',' or '،'] || Introduces(said, candidates[j], inside);
            return introduced && !Bystander.Is(candidates, j, text) ? j : -1;
        }

        return -1;
    }

    // '"Estados Unidos es el imperio del pirateo", dijo Mao.': a witness inside a quotation that closes later, in its
    // sentence or one of the next two, with a mention and a verb of saying right after the close, is that mention's,
    // not the one of the names inside the quotation before the witness, which are what it speaks of. The quotation
    // bounds the distance. The mention's index, or -1.
    private static int NamedAfterClosing(Span a, ReadOnlySpan<Span> candidates, int at, ReadOnlySpan<Span> said, MatchScope scope)
    {
        var next = FirstAfter(a, candidates, at);
        // The cheap tests first: most witnesses have no name after them closing a quotation.
        var sentence = scope.SentenceOfToken(a.Start);
        var later = next < candidates.Length ? scope.SentenceOfToken(candidates[next].Start) : -1;
        return !said.IsEmpty && later >= sentence && later <= sentence + MaxQuotedSentences &&
            NamedAfterQuotation(candidates, next, later, said, scope) is var named and >= 0 &&
            QuotationOpening(scope.Text.Original, scope.Text[a.Start].Start) >= 0 && !Bystander.Is(candidates, named, scope.Text)
            ? named
            : -1;
    }

    // Whether a verb of saying stands next to the speaker, before the quotation ("Peskov said …", "said Peskov").
    private static bool Introduces(ReadOnlySpan<Span> said, Span speaker, int quotation)
    {
        foreach (var verb in said)
        {
            if (verb.Start >= speaker.Start - MaxBeforeSpeaker && verb.End <= quotation)
            {
                return true;
            }
        }

        return false;
    }

    // Where the quotation that <paramref name="offset"/> stands in opens, in its paragraph, or -1: paired marks
    // (« », „ “, “ ”, 「 」) are matched, and straight quotes ("…") open when an odd number of them stand before.
    private static int QuotationOpening(string original, int offset)
    {
        var from = Math.Max(0, offset - MaxQuotationLength);
        var lineStart = original.LastIndexOf('\n', Math.Max(0, offset - 1), offset - from) + 1;
        var line = original.AsSpan(Math.Max(from, lineStart), offset - Math.Max(from, lineStart));
        var german = line.Contains('„');
        var closed = 0;
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (c is '»' or '”' or '」' or '』' || (c == '“' && german))
            {
                closed++;
            }
            else if (c is '«' or '„' or '「' or '『' || (c == '“' && !german))
            {
                if (closed == 0)
                {
                    return offset - line.Length + i;
                }

                closed--;
            }
        }

        return line.Count('"') % 2 == 1 ? offset - line.Length + line.LastIndexOf('"') : -1;
    }
}
