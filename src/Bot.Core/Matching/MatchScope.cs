using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>What one article offers to rule evaluation: its hits per atom, sentences, language and source.</summary>
internal sealed class MatchScope(TokenizedText text, int[] tokenSentence, AtomHits atomHits, string? language, string? source)
{
    // An atom's witnesses are the same for every rule that uses it (the presets share several), so each is built once.
    private readonly RuleEvaluator.Result?[] _atomResults = new RuleEvaluator.Result?[atomHits.Count];

    // Likewise the concepts a wildcard atom ("group:*") found: the presets name group:* several times each.
    private readonly List<string>?[] _wildcardConcepts = new List<string>?[atomHits.Count];

    private string? _language = language;

    public TokenizedText Text { get; } = text;

    /// <summary>Detected on first use: most articles match no rule and never need it.</summary>
    public string Language => _language ??= LanguageDetector.Detect(Text);

    public string? Source { get; } = source;

    public ReadOnlySpan<Hit> HitsOf(int atom) => atomHits.IndexOf(atom) is var index and >= 0 ? atomHits.HitsAt(index) : [];

    public bool HasHits(int atom) => atomHits.IndexOf(atom) >= 0;

    /// <summary>An atom holds when it was found; its first hits witness it.</summary>
    public RuleEvaluator.Result AtomResult(int atom)
    {
        var index = atomHits.IndexOf(atom);
        if (index < 0)
        {
            return RuleEvaluator.Result.False;
        }

        return _atomResults[index] ??= Witnesses(atomHits.HitsAt(index));
    }

    /// <summary>
    /// The list of the concepts wildcard <paramref name="atom"/> found, for <paramref name="fill"/> to fill when
    /// <paramref name="fill"/> is true (the first time it is asked for); null when the atom was not found.
    /// </summary>
    public List<string>? WildcardConcepts(int atom, out bool fill)
    {
        var index = atomHits.IndexOf(atom);
        fill = index >= 0 && _wildcardConcepts[index] is null;
        return index < 0 ? null : _wildcardConcepts[index] ??= [];
    }

    /// <summary>The sentence of tokens <c>[start, end)</c>, or -1 when they span several.</summary>
    public int SentenceOf(int start, int end) =>
        tokenSentence[start] == tokenSentence[end - 1] ? tokenSentence[start] : -1;

    public int SentenceOfToken(int token) => tokenSentence[token];

    private static RuleEvaluator.Result Witnesses(ReadOnlySpan<Hit> hits)
    {
        var spans = new RuleEvaluator.Span[Math.Min(hits.Length, RuleEvaluator.Result.MaxAtomSpans)];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = new RuleEvaluator.Span(hits[i].Start, hits[i].End, 1);
        }

        return new RuleEvaluator.Result(true, spans);
    }
}
