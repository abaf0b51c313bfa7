namespace Bot.Core.Matching;

/// <summary>
/// Evaluates a compiled rule against one article. A result is whether the node holds and, when it does, the
/// token spans that witness it (used by NEAR, SENT and for evidence); NOT holds without witnesses.
/// </summary>
internal static class RuleEvaluator
{
    // Enough witnesses for evidence and proximity; more would only cost time on pages that repeat a word.
    private const int MaxSpans = 24;

    public static Result Evaluate(CompiledNode node, MatchScope scope)
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
                return right.Matched ? Union(left, right) : Result.False;
            case NodeKind.Or:
                var first = Evaluate(node.Left!, scope);
                var second = Evaluate(node.Right!, scope);
                return first.Matched || second.Matched ? Union(first, second) : Result.False;
            case NodeKind.Near:
            case NodeKind.Sentence:
                return Pairs(node, Evaluate(node.Left!, scope), scope);
            default:
                throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
        }
    }

    private static Result Union(Result a, Result b)
    {
        if (b.Spans.Length == 0)
        {
            return a.Spans.Length == 0 ? Result.TrueWithoutWitness : a;
        }

        if (a.Spans.Length == 0)
        {
            return b;
        }

        // All of a's witnesses (at most MaxSpans), then b's while there is room.
        var spans = new Span[Math.Max(a.Spans.Length, Math.Min(MaxSpans, a.Spans.Length + b.Spans.Length))];
        a.Spans.CopyTo(spans, 0);
        Array.Copy(b.Spans, 0, spans, a.Spans.Length, spans.Length - a.Spans.Length);
        return new Result(true, spans);
    }

    private static Result Pairs(CompiledNode node, Result left, MatchScope scope)
    {
        if (left.Spans.Length == 0)
        {
            return Result.False;
        }

        var right = Evaluate(node.Right!, scope);
        Span<Span> joined = stackalloc Span[MaxSpans];
        var count = 0;
        var near = node.Kind == NodeKind.Near;

        // The sentence of each right witness, read once rather than once per pair (-1: it spans several).
        Span<int> rightSentences = right.Spans.Length <= MaxSpans ? stackalloc int[MaxSpans] : new int[right.Spans.Length];
        for (var j = 0; j < right.Spans.Length && !near; j++)
        {
            rightSentences[j] = scope.SentenceOf(right.Spans[j].Start, right.Spans[j].End);
        }

        foreach (var a in left.Spans)
        {
            var sentence = near ? 0 : scope.SentenceOf(a.Start, a.End);
            if (sentence < 0)
            {
                continue;
            }

            for (var j = 0; j < right.Spans.Length; j++)
            {
                var b = right.Spans[j];
                var together = near ? Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End) <= node.Distance : rightSentences[j] == sentence;
                if (together)
                {
                    joined[count++] = new Span(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End), a.Weight + b.Weight);
                    if (count == MaxSpans)
                    {
                        return new Result(true, joined.ToArray());
                    }
                }
            }
        }

        return count == 0 ? Result.False : new Result(true, joined[..count].ToArray());
    }

    /// <summary>Tokens <c>[Start, End)</c> that witness a match; <see cref="Weight"/> counts the atoms bound in it.</summary>
    internal readonly record struct Span(int Start, int End, int Weight);

    /// <summary>Whether a node holds, and its witnesses (arrays, not lists: they are read in tight loops).</summary>
    internal sealed record Result(bool Matched, Span[] Spans)
    {
        /// <summary>How many witnesses an atom contributes: its first hits.</summary>
        public const int MaxAtomSpans = MaxSpans;

        public static readonly Result False = new(false, []);
        public static readonly Result TrueWithoutWitness = new(true, []);
    }
}
