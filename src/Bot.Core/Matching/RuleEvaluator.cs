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
                var hits = scope.HitsOf(node.Atom);
                return hits.Count == 0 ? Result.False : new Result(true, [.. hits.Take(MaxSpans).Select(h => new Span(h.Start, h.End, 1))]);
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
                return right.Matched ? new Result(true, [.. left.Spans.Concat(right.Spans).Take(MaxSpans)]) : Result.False;
            case NodeKind.Or:
                var first = Evaluate(node.Left!, scope);
                var second = Evaluate(node.Right!, scope);
                return first.Matched || second.Matched ? new Result(true, [.. first.Spans.Concat(second.Spans).Take(MaxSpans)]) : Result.False;
            case NodeKind.Near:
            case NodeKind.Sentence:
                return Pairs(node, Evaluate(node.Left!, scope), scope);
            default:
                throw new InvalidOperationException($"Unknown node kind {node.Kind}.");
        }
    }

    private static Result Pairs(CompiledNode node, Result left, MatchScope scope)
    {
        if (left.Spans.Count == 0)
        {
            return Result.False;
        }

        var right = Evaluate(node.Right!, scope);
        var joined = new List<Span>();
        foreach (var a in left.Spans)
        {
            foreach (var b in right.Spans)
            {
                var together = node.Kind == NodeKind.Near
                    ? Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End) <= node.Distance
                    : scope.SentenceOf(a.Start, a.End) is var sentence and >= 0 && sentence == scope.SentenceOf(b.Start, b.End);
                if (together && joined.Count < MaxSpans)
                {
                    joined.Add(new Span(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End), a.Weight + b.Weight));
                }
            }
        }

        return joined.Count == 0 ? Result.False : new Result(true, joined);
    }

    /// <summary>Tokens <c>[Start, End)</c> that witness a match; <see cref="Weight"/> counts the atoms bound in it.</summary>
    internal readonly record struct Span(int Start, int End, int Weight);

    internal sealed record Result(bool Matched, IReadOnlyList<Span> Spans)
    {
        public static readonly Result False = new(false, []);
        public static readonly Result TrueWithoutWitness = new(true, []);
    }
}
