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

    // One per thread: an article's tokens, hits and candidate rules are needed only while it is matched.
    [ThreadStatic]
    private static Scratch? ThreadScratch;

    private readonly TermIndex _index;
    private readonly AtomInfo[] _atoms;
    private readonly AtomHits.Patterns _patterns;
    private readonly string[][] _patternConcepts;
    private readonly CompiledNode[] _compiled;
    private readonly FlatLists _rulesByTrigger;
    private readonly int[] _alwaysEvaluated;
    private readonly int _sharedSlots;
    private readonly int[][] _conceptAtoms;

    private CompiledRuleSet(IReadOnlyList<WatchRule> rules, ConceptLexicon lexicon)
    {
        Rules = rules;
        var compiler = new RuleSetCompiler(lexicon);
        _compiled = compiler.Share([.. rules.Select(rule => compiler.Compile(rule.Query))], out _sharedSlots);
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

        // Indexed by atom and pattern id, and flat: matching reads them for every hit.
        var rulesByTrigger = new List<int>?[compiler.Atoms.Count];
        foreach (var (atom, list) in byTrigger)
        {
            rulesByTrigger[atom] = list;
        }

        _rulesByTrigger = new FlatLists(rulesByTrigger);
        _alwaysEvaluated = [.. always];
        _index = compiler.Index;
        _index.Freeze();
        _atoms = [.. compiler.Atoms];
        _patterns = new AtomHits.Patterns(
            new FlatLists(compiler.PatternAtoms),
            compiler.PatternVetoes.Any(vetoes => vetoes.Count > 0) ? new FlatLists(compiler.PatternVetoes) : null,
            compiler.PatternAntecedents.Any(antecedents => antecedents.Count > 0) ? new FlatLists(compiler.PatternAntecedents) : null);
        _patternConcepts = [.. compiler.PatternConcepts.Select(concepts => concepts.ToArray())];
        _conceptAtoms = [.. _compiled.Select(rule => ConceptAtoms(rule, _atoms))];
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
    /// <param name="language">The article's language when its source declares one; detected from the text otherwise.</param>
    public IReadOnlyList<RuleMatch> Match(string text, string? sourceName = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_compiled.Length == 0)
        {
            return [];
        }

        var scratch = ThreadScratch ??= new Scratch();
        var tokens = Tokenizer.Tokenize(text, scratch.Tokens);
        var skip = scratch.Boilerplate.Mark(tokens);
        var hits = scratch.Hits;
        hits.Clear();
        _index.Find(tokens, skip, hits);

        var atomHits = scratch.AtomHits;
        atomHits.Build(hits, _patterns, _atoms.Length);
        var candidates = scratch.Candidates;
        candidates.Clear();
        candidates.AddRange(_alwaysEvaluated.AsSpan());
        for (var i = 0; i < atomHits.Count; i++)
        {
            candidates.AddRange(_rulesByTrigger[atomHits.AtomAt(i)]);
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        // Rules are reported in rule order, each once however many of its trigger atoms were found.
        candidates.Sort();
        var sentences = SentenceSplitter.Spans(text, scratch.Sentences);
        var scope = scratch.Scope.Reset(tokens, sentences, atomHits, _sharedSlots, language, sourceName);
        List<RuleMatch>? matches = null;
        for (var c = 0; c < candidates.Count; c++)
        {
            var r = candidates[c];
            if (c > 0 && candidates[c - 1] == r)
            {
                continue;
            }

            var result = RuleEvaluator.Evaluate(_compiled[r], scope);
            if (result.Matched)
            {
                (matches ??= []).Add(new RuleMatch(Rules[r].Name, ConceptsFound(r, scope), scope.Language, Evidence(result, scope, sentences)));
            }
        }

        return matches ?? [];
    }

    // The sentences where most of the rule was found together (a NEAR or SENT binding weighs as much as the
    // atoms it binds; when there is a binding, sentences with single words do not count), at most three, in
    // document order. Scored in arrays by sentence, not a dictionary: a long page may give thousands of witnesses.
    private static List<EvidenceSentence> Evidence(RuleEvaluator.Result result, MatchScope scope, List<TextSpan> sentences)
    {
        var scores = scope.SentenceScores(sentences.Count);
        var best = scores[..sentences.Count];
        var total = scores[sentences.Count..];
        var topWeight = 0;
        foreach (var span in scope.Witnesses(result))
        {
            var first = scope.SentenceOfToken(span.Start);
            var last = scope.SentenceOfToken(span.End - 1);
            Score(best, total, first, span.Weight);
            if (last != first)
            {
                Score(best, total, last, span.Weight);
            }

            topWeight = Math.Max(topWeight, span.Weight);
        }

        // The best three by weight, then total weight, then the earlier sentence (one with the same scores later in
        // the text does not displace it), ranked as they are read.
        var threshold = topWeight > 1 ? 2 : 1;
        Span<int> chosen = stackalloc int[MaxEvidence];
        var count = 0;
        for (var sentence = 0; sentence < sentences.Count; sentence++)
        {
            if (best[sentence] < threshold)
            {
                continue;
            }

            var at = count;
            while (at > 0 && (best[sentence] > best[chosen[at - 1]] || (best[sentence] == best[chosen[at - 1]] && total[sentence] > total[chosen[at - 1]])))
            {
                at--;
            }

            if (at < MaxEvidence)
            {
                count = Math.Min(count + 1, MaxEvidence);
                chosen[at..(count - 1)].CopyTo(chosen[(at + 1)..count]);
                chosen[at] = sentence;
            }
        }

        chosen = chosen[..count];
        chosen.Sort();
        var evidence = new List<EvidenceSentence>(count);
        foreach (var sentence in chosen)
        {
            var span = sentences[sentence];
            evidence.Add(new EvidenceSentence(scope.Text.Original[span.Start..span.End], span.Start, span.End));
        }

        return evidence;
    }

    private static void Score(Span<int> best, Span<int> total, int sentence, int weight)
    {
        if (sentence < best.Length)
        {
            best[sentence] = Math.Max(best[sentence], weight);
            total[sentence] += weight;
        }
    }

    private List<string> ConceptsFound(int rule, MatchScope scope)
    {
        var found = new List<string>();
        foreach (var atom in _conceptAtoms[rule])
        {
            if (!scope.HasHits(atom))
            {
                continue;
            }

            if (_atoms[atom].IsWildcard)
            {
                foreach (var concept in WildcardConcepts(atom, scope))
                {
                    AddOnce(found, concept);
                }
            }
            else
            {
                AddOnce(found, _atoms[atom].Key);
            }
        }

        if (found.Count > 1)
        {
            found.Sort(StringComparer.Ordinal);
        }

        return found;
    }

    // Distinct as they are found: a wildcard sees the same few concepts once per hit, and hits can be many.
    private static void AddOnce(List<string> found, string concept)
    {
        foreach (var known in found)
        {
            if (string.Equals(known, concept, StringComparison.Ordinal))
            {
                return;
            }
        }

        found.Add(concept);
    }

    // For "actor:*", say which actors: the concepts the matched terms came from (once per article and atom).
    private List<string> WildcardConcepts(int atom, MatchScope scope)
    {
        var concepts = scope.WildcardConcepts(atom, out var fill)!;
        if (fill)
        {
            var kind = _atoms[atom].WildcardKind;
            foreach (var hit in scope.HitsOf(atom))
            {
                foreach (var concept in _patternConcepts[hit.Pattern])
                {
                    if (concept.StartsWith(kind, StringComparison.Ordinal))
                    {
                        AddOnce(concepts, concept);
                    }
                }
            }
        }

        return concepts;
    }

    // The concept atoms a rule reports when found, in the order they stand in it, each once; not those under NOT.
    private static int[] ConceptAtoms(CompiledNode rule, AtomInfo[] atoms)
    {
        var found = new List<int>();
        void Walk(CompiledNode node)
        {
            if (node.Kind == NodeKind.Not)
            {
                return;
            }

            if (node.Kind == NodeKind.Atom && atoms[node.Atom].IsConcept && !found.Contains(node.Atom))
            {
                found.Add(node.Atom);
            }

            if (node.Left is not null)
            {
                Walk(node.Left);
            }

            if (node.Right is not null)
            {
                Walk(node.Right);
            }
        }

        Walk(rule);
        return [.. found];
    }

    /// <summary>What <see cref="Match"/> reuses from one article to the next on a thread.</summary>
    private sealed class Scratch
    {
        public TokenBuffers Tokens { get; } = new();

        public List<Hit> Hits { get; } = [];

        public List<int> Candidates { get; } = [];

        public Boilerplate Boilerplate { get; } = new();

        public AtomHits AtomHits { get; } = new();

        public List<TextSpan> Sentences { get; } = [];

        public MatchScope Scope { get; } = new();
    }
}
