namespace Bot.Core.Matching;

/// <summary>
/// Evaluates a compiled rule against one article. A result is whether the node holds and, when it does, the
/// token spans that witness it (used by NEAR, SENT and for evidence); NOT holds without witnesses. Witnesses live
/// in the scope's arena (<see cref="MatchScope.Witnesses(Result)"/>), reused from one article to the next, so
/// evaluating a rule allocates nothing.
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
                return right.Matched ? Union(left, right, scope) : Result.False;
            case NodeKind.Or:
                var first = Evaluate(node.Left!, scope);
                var second = Evaluate(node.Right!, scope);
                return first.Matched || second.Matched ? Union(first, second, scope) : Result.False;
            case NodeKind.Near:
            case NodeKind.Sentence:
                return Pairs(node, Evaluate(node.Left!, scope), scope);
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

        // All of a's witnesses (at most MaxSpans), then b's while there is room.
        var union = scope.Reserve(Math.Max(a.Count, Math.Min(MaxSpans, a.Count + b.Count)));
        var spans = scope.Witnesses(union);
        scope.Witnesses(a).CopyTo(spans);
        scope.Witnesses(b)[..(union.Count - a.Count)].CopyTo(spans[a.Count..]);
        return union;
    }

    private static Result Pairs(CompiledNode node, Result left, MatchScope scope)
    {
        if (left.Count == 0)
        {
            return Result.False;
        }

        var right = Evaluate(node.Right!, scope);
        if (right.Count == 0)
        {
            return Result.False;
        }

        Span<Span> joined = stackalloc Span[MaxSpans];
        var count = 0;
        var near = node.Kind == NodeKind.Near;
        var rights = scope.Witnesses(right);

        // The sentence of each right witness, read once rather than once per pair (-1: it spans several).
        Span<int> rightSentences = rights.Length <= MaxSpans ? stackalloc int[MaxSpans] : new int[rights.Length];
        for (var j = 0; j < rights.Length && !near; j++)
        {
            rightSentences[j] = scope.SentenceOf(rights[j].Start, rights[j].End);
        }

        foreach (var a in scope.Witnesses(left))
        {
            var sentence = near ? 0 : scope.SentenceOf(a.Start, a.End);
            if (sentence < 0)
            {
                continue;
            }

            for (var j = 0; j < rights.Length && count < MaxSpans; j++)
            {
                var b = rights[j];
                var together = near ? Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End) <= node.Distance : rightSentences[j] == sentence;
                if (together)
                {
                    joined[count++] = new Span(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End), a.Weight + b.Weight);
                }
            }
        }

        return count == 0 ? Result.False : scope.Store(joined[..count]);
    }

    /// <summary>Tokens <c>[Start, End)</c> that witness a match; <see cref="Weight"/> counts the atoms bound in it.</summary>
    internal readonly record struct Span(int Start, int End, int Weight);

    /// <summary>
    /// Whether a node holds, and where its witnesses are in the scope's arena: <see cref="Count"/> of them from
    /// <see cref="Offset"/>.
    /// </summary>
    internal readonly record struct Result(bool Matched, int Offset, int Count)
    {
        /// <summary>How many witnesses an atom contributes: its first hits.</summary>
        public const int MaxAtomSpans = MaxSpans;

        public static readonly Result False = new(false, 0, 0);
        public static readonly Result TrueWithoutWitness = new(true, 0, 0);
    }
}
