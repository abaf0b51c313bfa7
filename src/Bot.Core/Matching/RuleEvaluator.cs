namespace Bot.Core.Matching;

/// <summary>
/// Evaluates a compiled rule against one article. A result is whether the node holds and, when it does, the
/// token spans that witness it (used by NEAR, SENT and for evidence); NOT holds without witnesses. Witnesses live
/// in the scope's arena (<see cref="MatchScope.Witnesses(Result)"/>), reused from one article to the next, so
/// evaluating a rule allocates nothing.
/// </summary>
internal static class RuleEvaluator
{
    public static Result Evaluate(CompiledNode node, MatchScope scope)
    {
        if (node.Shared < 0)
        {
            return Compute(node, scope);
        }

        if (scope.Known(node.Shared) is { } known)
        {
            return known;
        }

        return scope.Remember(node.Shared, Compute(node, scope));
    }

    private static Result Compute(CompiledNode node, MatchScope scope)
    {
        switch (node.Kind)
        {
            case NodeKind.Atom:
                return scope.AtomResult(node.Atom);
            case NodeKind.Language:
                return string.Equals(scope.Language, node.Value, StringComparison.OrdinalIgnoreCase) ? Result.TrueWithoutWitness : Result.False;
            case NodeKind.Source:
                return string.Equals(scope.Source, node.Value, StringComparison.OrdinalIgnoreCase) ? Result.TrueWithoutWitness : Result.False;
            case NodeKind.Not:
                return Evaluate(node.Left!, scope).Matched ? Result.False : Result.TrueWithoutWitness;
            case NodeKind.And:
                var left = Evaluate(node.Left!, scope);
                if (!left.Matched)
                {
                    return Result.False;
                }

                var right = Evaluate(node.Right!, scope);
                return right.Matched ? Union(left, right, scope) : Result.False;
            case NodeKind.Or:
                var first = Evaluate(node.Left!, scope);
                var second = Evaluate(node.Right!, scope);
                return first.Matched || second.Matched ? Union(first, second, scope) : Result.False;
            case NodeKind.Near:
            case NodeKind.Sentence:
            case NodeKind.By:
                // A binding holds only between witnesses: NOT and filters, which have none, bind nothing.
                var bound = Evaluate(node.Left!, scope);
                if (bound.Count == 0)
                {
                    return Result.False;
                }

                var to = Evaluate(node.Right!, scope);
                return to.Count == 0 ? Result.False : node.Kind == NodeKind.By ? BySpeaker(node, bound, to, scope) : Pairs(node, bound, to, scope);
            default:
                throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
        }
    }

    private static Result Union(Result a, Result b, MatchScope scope)
    {
        if (b.Count == 0)
        {
            return a.Count == 0 ? Result.TrueWithoutWitness : a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        // Merged by start: atoms' witnesses come in text order, and a union of them stays in order, so a NEAR or
        // SENT above it need not sort it.
        var union = scope.Reserve(a.Count + b.Count);
        var spans = scope.Witnesses(union);
        var first = scope.Witnesses(a);
        var second = scope.Witnesses(b);
        var (i, j) = (0, 0);
        for (var k = 0; k < spans.Length; k++)
        {
            spans[k] = j == second.Length || (i < first.Length && first[i].Start <= second[j].Start) ? first[i++] : second[j++];
        }

        return union;
    }

    /// <summary>
    /// NEAR and SENT: each left witness with the nearest right witness it is bound to (within the distance, or in
    /// the same sentence), and for NEAR also the nearest in its own sentence, each pair as one span: so nested
    /// bindings grow their witnesses by at most twice, not by the product of their sides. Every
    /// witness is considered, however often a page repeats a word, so a binding late in a long article counts; the
    /// right witnesses are sorted once and searched from each left one, so the cost is not their product.
    /// </summary>
    private static Result Pairs(CompiledNode node, Result left, Result right, MatchScope scope)
    {
        // The right witnesses sorted by sentence (for SENT; -1 for those spanning several), then start.
        var near = node.Kind == NodeKind.Near;
        var distance = node.Distance * scope.TokensPerWord;
        var rights = scope.Witnesses(right);
        var keys = scope.Keys(right.Count);
        var (longest, ordered) = (0, true);
        for (var j = 0; j < rights.Length; j++)
        {
            var sentence = near ? 0 : scope.SentenceOf(rights[j].Start, rights[j].End);
            keys[j] = Key(sentence, rights[j].Start);
            longest = Math.Max(longest, rights[j].End - rights[j].Start);
            ordered &= j == 0 || keys[j - 1] <= keys[j];
        }

        // Atoms' witnesses and their unions come in text order, already sorted; others are sorted in a copy.
        if (!ordered)
        {
            rights = scope.Witnesses(scope.Store(rights));
            keys.Sort(rights);
        }

        var joined = scope.Reserve(left.Count * 2);
        var count = 0;
        foreach (var a in scope.Witnesses(left))
        {
            var sentence = scope.SentenceOf(a.Start, a.End);
            if (sentence < 0 && !near)
            {
                continue;
            }

            // Outward from where a starts, among the right witnesses of its sentence (all of them for NEAR), the
            // nearer side each time. SENT takes the nearest; NEAR the nearest too and, when that one is in another
            // sentence, the nearest in a's own, which a SENT above may need.
            var key = near ? 0 : sentence;
            var (from, to) = near ? (0, rights.Length) : (LowerBound(keys, Key(key, 0)), LowerBound(keys, Key(key + 1, 0)));
            var at = LowerBound(keys, Key(key, a.Start));
            var (before, after, taken) = (at - 1, at, 0);
            while (true)
            {
                var reachBefore = before >= from && (!near || a.Start - rights[before].Start - longest <= distance);
                var reachAfter = after < to && (!near || rights[after].Start - a.End <= distance);
                if (!reachBefore && !reachAfter)
                {
                    break;
                }

                var takeBefore = reachBefore && (!reachAfter || a.Start - rights[before].Start <= rights[after].Start - a.Start);
                var b = rights[takeBefore ? before-- : after++];
                if (near && Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End) > distance)
                {
                    continue;
                }

                var sameSentence = !near || (sentence >= 0 && scope.SentenceOf(b.Start, b.End) == sentence);
                if (taken == 0 || sameSentence)
                {
                    scope.Witnesses(joined)[count++] = new Span(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End), a.Weight + b.Weight);
                    taken++;
                }

                if (sameSentence || sentence < 0)
                {
                    break;
                }
            }
        }

        return count == 0 ? Result.False : scope.Shrink(joined, count);
    }

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
            for (var j = at - 1; j >= 0 && found < 0 && Within(a, candidates[j], sentence, distance, scope); j--)
            {
                if (Overlap(a, candidates[j]))
                {
                    continue;
                }

                if (IsAccuser(candidates, candidates[j].Start, a, accusers))
                {
                    accuser = accuser < 0 && Contains(speakers, candidates[j]) ? j : accuser;
                    continue;
                }

                before = true;
                found = Contains(speakers, candidates[j]) ? j : -1;
            }

            for (var j = at; !before && j < candidates.Length && Within(a, candidates[j], sentence, distance, scope); j++)
            {
                if (!Overlap(a, candidates[j]))
                {
                    after = true;
                    found = Contains(speakers, candidates[j]) ? j : -1;
                    break;
                }
            }

            found = before || after ? found : accuser;

            if (found >= 0)
            {
                var b = candidates[found];
                scope.Witnesses(joined)[count++] = new Span(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End), a.Weight + b.Weight);
            }
        }

        return count == 0 ? Result.False : scope.Shrink(joined, count);
    }

    private static bool Within(Span a, Span b, int sentence, int distance, MatchScope scope) =>
        scope.SentenceOf(b.Start, b.End) == sentence && Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End) <= distance;

    private static bool Overlap(Span a, Span b) => a.Start < b.End && b.Start < a.End;

    // Right next to an accusation word ("Russia accused", "U.S. accusations", "اتهامات واشنطن", "обвинения
    // Лондона") that stands before the witness, as the candidate does: in "Moscow denies accusations" the
    // accusations are what Moscow denies. Not one word away: that is the subject of a verb whose object is the
    // accusation ("وصف الكرملين، الخميس، الاتهامات ... بأنها سخيفة") or the speaker after a clause about an
    // accusation ("Russland beschuldigt chinesische Hacker, doch Peking bestreitet").
    private static bool IsAccuser(Span candidate, Span witness, ReadOnlySpan<Span> accusers)
    {
        for (var j = FirstStartingAt(accusers, candidate.Start - 3); j < accusers.Length && accusers[j].Start <= candidate.End; j++)
        {
            var accusation = accusers[j];
            if (!Overlap(candidate, accusation) && accusation.End <= witness.Start &&
                (accusation.Start == candidate.End || accusation.End == candidate.Start))
            {
                return true;
            }
        }

        return false;
    }

    // A mention found by several terms ("俄" and "俄罗斯") is one mention: an accuser if any of its spans is.
    private static bool IsAccuser(ReadOnlySpan<Span> candidates, int start, Span witness, ReadOnlySpan<Span> accusers)
    {
        for (var j = FirstStartingAt(candidates, start); j < candidates.Length && candidates[j].Start == start; j++)
        {
            if (IsAccuser(candidates[j], witness, accusers))
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

    // The first of spans (in order of start) that starts at or after start.
    private static int FirstStartingAt(ReadOnlySpan<Span> spans, int start)
    {
        var (low, high) = (0, spans.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spans[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static long Key(int sentence, int start) => ((long)sentence << 32) | (uint)start;

    // The first index whose key is at least key, in ascending keys.
    private static int LowerBound(ReadOnlySpan<long> keys, long key)
    {
        var (low, high) = (0, keys.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (keys[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Tokens <c>[Start, End)</c> that witness a match; <see cref="Weight"/> counts the atoms bound in it.</summary>
    internal readonly record struct Span(int Start, int End, int Weight);

    /// <summary>
    /// Whether a node holds, and where its witnesses are in the scope's arena: <see cref="Count"/> of them from
    /// <see cref="Offset"/>.
    /// </summary>
    internal readonly record struct Result(bool Matched, int Offset, int Count)
    {
        public static readonly Result False = new(false, 0, 0);
        public static readonly Result TrueWithoutWitness = new(true, 0, 0);
    }
}
