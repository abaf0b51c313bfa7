using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// What one article offers to rule evaluation: its hits per atom, sentences, language and source. One per thread,
/// set again for each article that has rules to evaluate.
/// </summary>
internal sealed class MatchScope
{
    // An atom's witnesses are the same for every rule that uses it (the presets share several), so each is built once.
    private RuleEvaluator.Result[] _atomResults = new RuleEvaluator.Result[16];

    // Likewise the concepts a wildcard atom ("group:*") found: the presets name group:* several times each.
    private List<string>?[] _wildcardConcepts = new List<string>?[16];

    // The results of the parts several rules share (CompiledNode.Shared), each valid for the article it was computed
    // on: a slot holds the article's number, so a new article needs no clearing.
    private RuleEvaluator.Result[] _shared = [];
    private int[] _sharedArticle = [];
    private int _article;

    private int[] _tokenSentence = new int[256];

    // The first token of each sentence that has tokens (SentenceStart reads it for a token's sentence).
    private int[] _sentenceStart = new int[64];
    private int[] _sentenceScores = new int[64];

    // The witnesses of every result of the article, one after another.
    private RuleEvaluator.Span[] _arena = new RuleEvaluator.Span[256];
    private int _arenaUsed;
    private long[] _keys = new long[64];
    private AtomHits _atomHits = null!;
    private string? _language;
    private Transcript? _transcript;

    public TokenizedText Text { get; private set; } = null!;

    /// <summary>The article's question and answer turns, read on first use (only BY asks).</summary>
    public Transcript Transcript => _transcript ??= Transcript.Read(Text.Original);

    /// <summary>Detected on first use: most articles match no rule and never need it.</summary>
    public string Language => _language ??= LanguageDetector.Detect(Text);

    public string? Source { get; private set; }

    /// <summary>
    /// Tokens to a word, for distances (NEAR/n and BY/n count words): Chinese and Japanese, cut into characters,
    /// have about two to a word. Told by the tokens themselves (most are Chinese characters), not by the language,
    /// which is detected only when a rule matches.
    /// </summary>
    public int TokensPerWord { get; private set; }

    /// <summary>Sets the scope to an article: its tokens, its sentences (in text order), and the atoms it has.</summary>
    public MatchScope Reset(TokenizedText text, List<TextSpan> sentences, AtomHits atomHits, int sharedSlots, string? language, string? source)
    {
        (Text, _atomHits, _language, Source, _transcript) = (text, atomHits, language, source, null);
        if (_shared.Length < sharedSlots)
        {
            (_shared, _sharedArticle, _article) = (new RuleEvaluator.Result[sharedSlots], new int[sharedSlots], 0);
        }

        _article++;
        if (_atomResults.Length < atomHits.Count)
        {
            _atomResults = new RuleEvaluator.Result[Math.Max(atomHits.Count, _atomResults.Length * 2)];
            _wildcardConcepts = new List<string>?[_atomResults.Length];
        }

        Array.Clear(_atomResults, 0, atomHits.Count);
        _arenaUsed = 0;
        Array.Clear(_wildcardConcepts, 0, atomHits.Count);
        if (_tokenSentence.Length < text.Count)
        {
            _tokenSentence = new int[Math.Max(text.Count, _tokenSentence.Length * 2)];
        }

        if (_sentenceStart.Length < sentences.Count + 1)
        {
            _sentenceStart = new int[Math.Max(sentences.Count + 1, _sentenceStart.Length * 2)];
        }

        var (s, han) = (0, 0);
        for (var t = 0; t < text.Count; t++)
        {
            while (s < sentences.Count - 1 && text[t].Start >= sentences[s].End)
            {
                s++;
            }

            _tokenSentence[t] = s;
            if (t == 0 || _tokenSentence[t - 1] != s)
            {
                _sentenceStart[s] = t;
            }

            han += text[t].Script == TokenScript.Han ? 1 : 0;
        }

        TokensPerWord = han * 2 > text.Count ? 2 : 1;
        return this;
    }

    /// <summary>Zeros, two per sentence (a best and a total weight), for scoring a match's evidence; valid until the next call.</summary>
    public Span<int> SentenceScores(int sentences)
    {
        if (_sentenceScores.Length < sentences * 2)
        {
            _sentenceScores = new int[Math.Max(sentences * 2, _sentenceScores.Length * 2)];
        }

        var scores = _sentenceScores.AsSpan(0, sentences * 2);
        scores.Clear();
        return scores;
    }

    /// <summary>The result of shared part <paramref name="slot"/> when this article already computed it.</summary>
    public RuleEvaluator.Result? Known(int slot) => _sharedArticle[slot] == _article ? _shared[slot] : null;

    /// <summary>Keeps <paramref name="result"/> as shared part <paramref name="slot"/>'s for this article, and returns it.</summary>
    public RuleEvaluator.Result Remember(int slot, RuleEvaluator.Result result)
    {
        (_shared[slot], _sharedArticle[slot]) = (result, _article);
        return result;
    }

    public ReadOnlySpan<Hit> HitsOf(int atom) => _atomHits.IndexOf(atom) is var index and >= 0 ? _atomHits.HitsAt(index) : [];

    public bool HasHits(int atom) => _atomHits.IndexOf(atom) >= 0;

    /// <summary>An atom holds when it was found; its hits witness it.</summary>
    public RuleEvaluator.Result AtomResult(int atom)
    {
        var index = _atomHits.IndexOf(atom);
        if (index < 0)
        {
            return RuleEvaluator.Result.False;
        }

        ref var result = ref _atomResults[index];
        if (!result.Matched)
        {
            var hits = _atomHits.HitsAt(index);
            result = Reserve(hits.Length);
            var spans = Witnesses(result);
            for (var i = 0; i < spans.Length; i++)
            {
                spans[i] = new RuleEvaluator.Span(hits[i].Start, hits[i].End, 1);
            }
        }

        return result;
    }

    /// <summary>The witnesses of <paramref name="result"/>; valid until the arena next grows (<see cref="Reserve"/>).</summary>
    public Span<RuleEvaluator.Span> Witnesses(RuleEvaluator.Result result) => _arena.AsSpan(result.Offset, result.Count);

    /// <summary>A matched result with room for <paramref name="count"/> witnesses, to be written through <see cref="Witnesses"/>.</summary>
    public RuleEvaluator.Result Reserve(int count)
    {
        if (_arenaUsed + count > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arenaUsed + count, _arena.Length * 2));
        }

        var result = new RuleEvaluator.Result(true, _arenaUsed, count);
        _arenaUsed += count;
        return result;
    }

    /// <summary>
    /// <paramref name="result"/>, the last one reserved, cut to its first <paramref name="count"/> witnesses; the
    /// rest of its room goes back to the arena.
    /// </summary>
    public RuleEvaluator.Result Shrink(RuleEvaluator.Result result, int count)
    {
        if (result.Offset + result.Count == _arenaUsed)
        {
            _arenaUsed = result.Offset + count;
        }

        return result with { Count = count };
    }

    /// <summary>Room for <paramref name="count"/> sort keys, valid until the next call.</summary>
    public Span<long> Keys(int count)
    {
        if (_keys.Length < count)
        {
            _keys = new long[Math.Max(count, _keys.Length * 2)];
        }

        return _keys.AsSpan(0, count);
    }

    /// <summary>A matched result witnessed by a copy of <paramref name="spans"/>.</summary>
    public RuleEvaluator.Result Store(ReadOnlySpan<RuleEvaluator.Span> spans)
    {
        var result = Reserve(spans.Length);
        spans.CopyTo(Witnesses(result));
        return result;
    }

    /// <summary>
    /// The list of the concepts wildcard <paramref name="atom"/> found, for <paramref name="fill"/> to fill when
    /// <paramref name="fill"/> is true (the first time it is asked for); null when the atom was not found.
    /// </summary>
    public List<string>? WildcardConcepts(int atom, out bool fill)
    {
        var index = _atomHits.IndexOf(atom);
        fill = index >= 0 && _wildcardConcepts[index] is null;
        return index < 0 ? null : _wildcardConcepts[index] ??= [];
    }

    /// <summary>The sentence of tokens <c>[start, end)</c>, or -1 when they span several.</summary>
    public int SentenceOf(int start, int end) =>
        _tokenSentence[start] == _tokenSentence[end - 1] ? _tokenSentence[start] : -1;

    public int SentenceOfToken(int token) => _tokenSentence[token];

    /// <summary>The first token of the sentence token <paramref name="token"/> stands in.</summary>
    public int SentenceStart(int token) => _sentenceStart[_tokenSentence[token]];
}
