using Bot.Core.Lexicon;
using Bot.Core.Rules;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// All active rules compiled into one term index. Matching an article reads it once, looks up each word once,
/// and evaluates only the rules one of whose trigger atoms was found, so the cost grows with the article rather
/// than with the number of rules. Immutable and safe to share between threads; compile again when rules change.
/// </summary>
public sealed class CompiledRuleSet
{
    private const int MaxEvidence = 3;

    private readonly TermIndex _index;
    private readonly List<AtomInfo> _atoms;
    private readonly List<List<int>> _patternAtoms;
    private readonly List<HashSet<string>> _patternConcepts;
    private readonly CompiledNode[] _compiled;
    private readonly Dictionary<int, int[]> _rulesByTrigger;
    private readonly int[] _alwaysEvaluated;

    private CompiledRuleSet(IReadOnlyList<WatchRule> rules, ConceptLexicon lexicon)
    {
        Rules = rules;
        var compiler = new RuleSetCompiler(lexicon);
        _compiled = [.. rules.Select(rule => compiler.Compile(rule.Query))];
        var byTrigger = new Dictionary<int, List<int>>();
        var always = new List<int>();
        for (var r = 0; r < _compiled.Length; r++)
        {
            if (compiler.Triggers(_compiled[r]) is not { } triggers)
            {
                always.Add(r);
                continue;
            }

            foreach (var atom in triggers)
            {
                if (!byTrigger.TryGetValue(atom, out var list))
                {
                    byTrigger[atom] = list = [];
                }

                list.Add(r);
            }
        }

        _rulesByTrigger = byTrigger.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        _alwaysEvaluated = [.. always];
        _index = compiler.Index;
        _atoms = compiler.Atoms;
        _patternAtoms = compiler.PatternAtoms;
        _patternConcepts = compiler.PatternConcepts;
    }

    /// <summary>An empty rule set: nothing matches.</summary>
    public static CompiledRuleSet Empty { get; } = new([], ConceptLexicon.Default);

    public IReadOnlyList<WatchRule> Rules { get; }

    /// <summary>Compiles <paramref name="rules"/> against <paramref name="lexicon"/> (default: the shipped one).</summary>
    public static CompiledRuleSet Compile(IEnumerable<WatchRule> rules, ConceptLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new CompiledRuleSet([.. rules], lexicon ?? ConceptLexicon.Default);
    }

    /// <summary>Returns one match per rule the text satisfies, in rule order.</summary>
    /// <param name="text">Plain text of the article (headline, then body).</param>
    /// <param name="sourceName">The source the article came from, for <c>source:</c> filters.</param>
    public IReadOnlyList<RuleMatch> Match(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_compiled.Length == 0)
        {
            return [];
        }

        var tokens = Tokenizer.Tokenize(text);
        var skip = Boilerplate.Mark(tokens);
        var hits = new List<Hit>();
        _index.Find(tokens, skip, hits);

        var atomHits = new Dictionary<int, List<Hit>>();
        var candidates = new SortedSet<int>(_alwaysEvaluated);
        foreach (var hit in hits)
        {
            foreach (var atom in _patternAtoms[hit.Pattern])
            {
                if (!atomHits.TryGetValue(atom, out var list))
                {
                    atomHits[atom] = list = [];
                    if (_rulesByTrigger.TryGetValue(atom, out var triggered))
                    {
                        candidates.UnionWith(triggered);
                    }
                }

                list.Add(hit);
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var sentences = SentenceSplitter.Split(text);
        var scope = new MatchScope(tokens, SentenceOfEachToken(tokens, sentences), atomHits, LanguageDetector.Detect(tokens), sourceName);
        var matches = new List<RuleMatch>();
        foreach (var r in candidates)
        {
            var result = RuleEvaluator.Evaluate(_compiled[r], scope);
            if (result.Matched)
            {
                matches.Add(new RuleMatch(Rules[r].Name, ConceptsFound(_compiled[r], scope), scope.Language, Evidence(result, scope, sentences)));
            }
        }

        return matches;
    }

    private static int[] SentenceOfEachToken(TokenizedText tokens, IReadOnlyList<TextSpan> sentences)
    {
        var result = new int[tokens.Count];
        var s = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (s < sentences.Count - 1 && tokens[t].Start >= sentences[s].End)
            {
                s++;
            }

            result[t] = s;
        }

        return result;
    }

    // The sentences where most of the rule was found together (a NEAR or SENT binding weighs as much as the
    // atoms it binds; when there is a binding, sentences with single words do not count), at most three.
    private static List<EvidenceSentence> Evidence(RuleEvaluator.Result result, MatchScope scope, IReadOnlyList<TextSpan> sentences)
    {
        var scored = result.Spans
            .SelectMany(span => new[] { scope.SentenceOfToken(span.Start), scope.SentenceOfToken(span.End - 1) }.Distinct().Select(s => (Sentence: s, span.Weight)))
            .Where(s => s.Sentence < sentences.Count)
            .GroupBy(s => s.Sentence, s => s.Weight)
            .Select(g => (Sentence: g.Key, Best: g.Max(), Total: g.Sum()))
            .ToList();
        var threshold = scored.Count > 0 && scored.Max(s => s.Best) > 1 ? 2 : 1;
        return
        [
            .. scored
                .Where(s => s.Best >= threshold)
                .OrderByDescending(s => s.Best)
                .ThenByDescending(s => s.Total)
                .ThenBy(s => s.Sentence)
                .Take(MaxEvidence)
                .Select(s => s.Sentence)
                .Order()
                .Select(s => new EvidenceSentence(scope.Text.Original[sentences[s].Start..sentences[s].End], sentences[s].Start, sentences[s].End)),
        ];
    }

    private List<string> ConceptsFound(CompiledNode rule, MatchScope scope)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Collect(rule);
        return [.. found];

        void Collect(CompiledNode node)
        {
            switch (node.Kind)
            {
                case NodeKind.Not:
                    return;
                case NodeKind.Atom when _atoms[node.Atom].IsConcept && scope.HasHits(node.Atom):
                    var atom = _atoms[node.Atom];
                    if (!atom.IsWildcard)
                    {
                        found.Add(atom.Key);
                        return;
                    }

                    foreach (var hit in scope.HitsOf(node.Atom))
                    {
                        found.UnionWith(_patternConcepts[hit.Pattern].Where(c => c.StartsWith(atom.Key[..^1], StringComparison.Ordinal)));
                    }

                    return;
                default:
                    if (node.Left is not null)
                    {
                        Collect(node.Left);
                    }

                    if (node.Right is not null)
                    {
                        Collect(node.Right);
                    }

                    return;
            }
        }
    }
}
