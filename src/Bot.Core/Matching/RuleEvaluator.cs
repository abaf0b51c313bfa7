namespace Bot.Core.Matching;

/// <summary>
/// Evaluates a compiled rule against one article. A result is whether the node holds and, when it does, the
/// token spans that witness it (used by NEAR, SENT and for evidence); NOT holds without witnesses. Witnesses live
/// in the scope's arena (<see cref="MatchScope.Witnesses(Result)"/>), reused from one article to the next, so
/// evaluating a rule allocates nothing.
/// </summary>
internal static partial class RuleEvaluator
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
                // A binding holds only between witnesses: filters, which have none, bind nothing. NOT on the right
                // of NEAR or SENT keeps the left witnesses that have none of its operand's near them or in their
                // sentence ("hacking in an election sentence that speaks of no mere risk").
                var bound = Evaluate(node.Left!, scope);
                if (bound.Count == 0)
                {
                    return Result.False;
                }

                if (node.Kind != NodeKind.By && node.Right!.Kind == NodeKind.Not)
                {
                    return Apart(node, bound, Evaluate(node.Right.Left!, scope), scope);
                }

                var to = Evaluate(node.Right!, scope);
                return to.Count == 0 ? Result.False : node.Kind == NodeKind.By ? BySpeaker(node, bound, to, scope) : Pairs(node, bound, to, scope);
            default:
                throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
        }
    }

    // The witnesses of kept that no witness of avoided reaches (within the distance, or in the same sentence). A
    // part that holds without witnesses (a filter) cannot be placed, so it reaches every witness. The avoided
    // witnesses are searched in order of start from each kept one, so the cost is not the product of their counts.
    private static Result Apart(CompiledNode node, Result kept, Result avoided, MatchScope scope)
    {
        if (!avoided.Matched)
        {
            return kept;
        }

        if (avoided.Count == 0)
        {
            return Result.False;
        }

        var (ordered, longest) = (true, 0);
        var avoid = scope.Witnesses(avoided);
        for (var j = 0; j < avoid.Length; j++)
        {
            ordered &= j == 0 || avoid[j - 1].Start <= avoid[j].Start;
            longest = Math.Max(longest, avoid[j].End - avoid[j].Start);
        }

        if (!ordered)
        {
            avoided = scope.Store(avoid);
            scope.Witnesses(avoided).Sort(static (x, y) => x.Start.CompareTo(y.Start));
        }

        var apart = scope.Reserve(kept.Count);
        var spans = scope.Witnesses(apart);
        var sorted = scope.Witnesses(avoided);
        var distance = node.Distance * scope.TokensPerWord;
        var count = 0;
        foreach (var span in scope.Witnesses(kept))
        {
            if (!(node.Kind == NodeKind.Near ? Reaches(sorted, span, distance, longest) : SharesSentence(sorted, span, longest, scope)))
            {
                spans[count++] = span;
            }
        }

        return count == 0 ? Result.False : scope.Shrink(apart, count);
    }

    // Whether a witness of spans (in order of start, none longer than longest) is within distance of span.
    private static bool Reaches(ReadOnlySpan<Span> spans, Span span, int distance, int longest)
    {
        for (var j = FirstStartingAt(spans, span.Start - distance - longest); j < spans.Length && spans[j].Start <= span.End + distance; j++)
        {
            if (Gap(span, spans[j]) <= distance)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a witness of spans (in order of start, none longer than longest) shares a sentence with span.
    private static bool SharesSentence(ReadOnlySpan<Span> spans, Span span, int longest, MatchScope scope)
    {
        var (first, last) = (scope.SentenceOfToken(span.Start), scope.SentenceOfToken(span.End - 1));
        for (var j = FirstStartingAt(spans, scope.SentenceStart(span.Start) - longest); j < spans.Length && scope.SentenceOfToken(spans[j].Start) <= last; j++)
        {
            if (scope.SentenceOfToken(spans[j].End - 1) >= first)
            {
                return true;
            }
        }

        return false;
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
                if (near && Gap(a, b) > distance)
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

    // The tokens between two spans, negative when they overlap: what NEAR/n and BY/n count.
    private static int Gap(Span a, Span b) => Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End);

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

    // No name runs over more tokens than this (a Chinese one is a token per character: "俄罗斯卫星通讯社").
    internal const int MaxMentionTokens = 24;

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
