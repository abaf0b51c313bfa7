using Bot.Core.Lexicon;
using Bot.Core.Rules;

namespace Bot.Core.Matching;

/// <summary>Builds a <see cref="CompiledRuleSet"/>: atoms shared across rules, one term index, trigger atoms per rule.</summary>
internal sealed class RuleSetCompiler(ConceptLexicon lexicon)
{

    private readonly Dictionary<string, int> _atomIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _patternIds = new(StringComparer.Ordinal);
    private readonly Dictionary<CompiledNode, CompiledNode> _nodes = [];
    private readonly Dictionary<CompiledNode, int> _uses = new(ReferenceEqualityComparer.Instance);

    public TermIndex Index { get; } = new();

    public List<AtomInfo> Atoms { get; } = [];

    /// <summary>Atoms fed by each pattern.</summary>
    public List<List<int>> PatternAtoms { get; } = [];

    /// <summary>Atoms each pattern vetoes where it occurs: the pattern is an exclusion of their concept.</summary>
    public List<List<int>> PatternVetoes { get; } = [];

    /// <summary>
    /// Per pattern, the patterns one of which must be found before it for it to count (a surname alone after the
    /// full name, see <see cref="LexiconTerm.After"/>); empty for most.
    /// </summary>
    public List<List<int>> PatternAntecedents { get; } = [];

    /// <summary>Concepts each pattern comes from, to report which actor a wildcard found.</summary>
    public List<HashSet<string>> PatternConcepts { get; } = [];

    /// <summary>Compiles one rule; equal parts of the rules compiled before are the same node (see <see cref="Share"/>).</summary>
    public CompiledNode Compile(RuleNode node) => node switch
    {
        TermNode term => new CompiledNode(NodeKind.Atom, Atom: TermAtom(term.Text)),
        ConceptNode concept => new CompiledNode(NodeKind.Atom, Atom: ConceptAtom(concept)),
        FilterNode { Kind: "lang" } filter => new CompiledNode(NodeKind.Language, Value: filter.Value),
        FilterNode filter => new CompiledNode(NodeKind.Source, Value: filter.Value),
        NotNode not => Intern(new CompiledNode(NodeKind.Not, Left: Compile(not.Operand))),
        AndNode and => Intern(new CompiledNode(NodeKind.And, Left: Compile(and.Left), Right: Compile(and.Right))),
        OrNode or => Intern(new CompiledNode(NodeKind.Or, Left: Compile(or.Left), Right: Compile(or.Right))),
        // NOT on the left of NEAR or SENT is read as on the right: "NOT A SENT B" is B in a sentence without A.
        NearNode { Left: NotNode, Right: not NotNode } near => Compile(near with { Left = near.Right, Right = near.Left }),
        SentenceNode { Left: NotNode, Right: not NotNode } sentence => Compile(sentence with { Left = sentence.Right, Right = sentence.Left }),
        NearNode near => Intern(new CompiledNode(NodeKind.Near, Left: Compile(near.Left), Right: Compile(near.Right), Distance: near.Distance)),
        SentenceNode sentence => Intern(new CompiledNode(NodeKind.Sentence, Left: Compile(sentence.Left), Right: Compile(sentence.Right))),
        ByNode by => Intern(new CompiledNode(
            NodeKind.By,
            Atom: ConceptAtom(by.Speaker with { Name = "*" }),
            Left: Compile(by.Left),
            Right: Compile(by.Speaker),
            Distance: by.Distance,
            Accusers: StanceAtom("accusation"),
            Statements: StanceAtom("statement"))),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown rule node."),
    };

    /// <summary>
    /// The compiled rules again, each part that several rules or branches use given a <see cref="CompiledNode.Shared"/>
    /// slot, so an article evaluates it once; <paramref name="slots"/> is how many there are.
    /// </summary>
    public CompiledNode[] Share(IReadOnlyList<CompiledNode> rules, out int slots)
    {
        var rebuilt = new Dictionary<CompiledNode, CompiledNode>(ReferenceEqualityComparer.Instance);
        var next = 0;
        CompiledNode Rebuild(CompiledNode node)
        {
            if (node.Left is null)
            {
                return node; // an atom or a filter
            }

            if (rebuilt.TryGetValue(node, out var done))
            {
                return done;
            }

            var shared = _uses.GetValueOrDefault(node) > 1 ? next++ : -1;
            return rebuilt[node] = node with { Left = Rebuild(node.Left), Right = node.Right is null ? null : Rebuild(node.Right), Shared = shared };
        }

        var result = rules.Select(Rebuild).ToArray();
        slots = next;
        return result;
    }

    // Parts are compared by value (children already interned compare by reference first), so "(topic:cyber OR
    // group:*)" in four presets is one node, counted four times.
    private CompiledNode Intern(CompiledNode node)
    {
        if (_nodes.TryGetValue(node, out var known))
        {
            _uses[known]++;
            return known;
        }

        _nodes[node] = node;
        _uses[node] = 1;
        return node;
    }

    /// <summary>
    /// Atoms of which at least one must be found for the rule to hold, choosing the rarest side of each AND, or
    /// null when the rule can hold with nothing found (NOT, filters) and must be evaluated for every article.
    /// </summary>
    public IReadOnlyCollection<int>? Triggers(CompiledNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.Atom:
                return [node.Atom];
            case NodeKind.Or:
                var (left, right) = (Triggers(node.Left!), Triggers(node.Right!));
                return left is null || right is null ? null : [.. left.Union(right)];
            case NodeKind.And:
            case NodeKind.Near:
            case NodeKind.Sentence:
            case NodeKind.By:
                var (a, b) = (Triggers(node.Left!), Triggers(node.Right!));
                if (a is null || b is null)
                {
                    return a ?? b;
                }

                return Cost(a) <= Cost(b) ? a : b;
            default:
                return null;
        }
    }

    private long Cost(IReadOnlyCollection<int> atoms) => atoms.Sum(atom => (long)Atoms[atom].Cost);

    private int TermAtom(string text)
    {
        var pattern = TermPattern.Compile(text);
        var key = "\"" + TermPattern.Key(pattern) + "\"";
        return AtomFor(key, isConcept: false, () => [(pattern, null, false, null)]);
    }

    // A stance BY reads besides its own sides, or -1 when the lexicon has none by that name.
    private int StanceAtom(string name) =>
        lexicon.ConceptNames.Contains("stance:" + name, StringComparer.OrdinalIgnoreCase) ? ConceptAtom(new ConceptNode("stance", name)) : -1;

    private int ConceptAtom(ConceptNode concept)
    {
        var names = concept.Name == "*"
            ? lexicon.ConceptNames.Where(n => n.StartsWith(concept.Kind + ":", StringComparison.OrdinalIgnoreCase))
            : [concept.Key];
        return AtomFor(concept.Key, isConcept: true, () => names.SelectMany(name => lexicon.Terms(name).Select(term => (TermPattern.Compile(term.Text), (string?)name, term.Excludes, term.After))));
    }

    private int AtomFor(string key, bool isConcept, Func<IEnumerable<(PatternToken[] Pattern, string? Concept, bool Excludes, IReadOnlyList<string>? After)>> patterns)
    {
        if (_atomIds.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var atom = Atoms.Count;
        _atomIds[key] = atom;
        var count = 0;
        foreach (var (pattern, concept, excludes, after) in patterns())
        {
            if (pattern.Length == 0)
            {
                continue;
            }

            var id = after is null ? PatternId(pattern) : ConditionalPatternId(pattern, after);
            if (excludes)
            {
                PatternVetoes[id].Add(atom);
                continue;
            }

            if (!PatternAtoms[id].Contains(atom))
            {
                PatternAtoms[id].Add(atom);
                count++;
            }

            if (concept is not null)
            {
                PatternConcepts[id].Add(concept);
            }
        }

        Atoms.Add(new AtomInfo(key, isConcept, Math.Max(1, count)));
        return atom;
    }

    private int PatternId(PatternToken[] pattern, string? suffix = null)
    {
        var key = TermPattern.Key(pattern) + suffix;
        if (!_patternIds.TryGetValue(key, out var id))
        {
            id = Index.Add(pattern);
            _patternIds[key] = id;
            PatternAtoms.Add([]);
            PatternVetoes.Add([]);
            PatternAntecedents.Add([]);
            PatternConcepts.Add(new HashSet<string>(StringComparer.Ordinal));
        }

        return id;
    }

    // A pattern of its own, though its words may be another's: what it feeds counts only after its antecedents.
    private int ConditionalPatternId(PatternToken[] pattern, IReadOnlyList<string> after)
    {
        var antecedents = after.Select(TermPattern.Compile).Where(words => words.Length > 0).ToList();
        var id = PatternId(pattern, " after " + string.Join(" | ", antecedents.Select(TermPattern.Key)));
        if (PatternAntecedents[id].Count == 0)
        {
            PatternAntecedents[id].AddRange(antecedents.Select(words => PatternId(words)));
        }

        return id;
    }
}
