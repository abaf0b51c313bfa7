using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>What one article offers to rule evaluation: its hits per atom, sentences, language and source.</summary>
internal sealed class MatchScope(TokenizedText text, int[] tokenSentence, Dictionary<int, List<Hit>> atomHits, string? language, string? source)
{
    private string? _language = language;

    public TokenizedText Text { get; } = text;

    /// <summary>Detected on first use: most articles match no rule and never need it.</summary>
    public string Language => _language ??= LanguageDetector.Detect(Text);

    public string? Source { get; } = source;

    public IReadOnlyList<Hit> HitsOf(int atom) => atomHits.TryGetValue(atom, out var hits) ? hits : [];

    public bool HasHits(int atom) => atomHits.ContainsKey(atom);

    /// <summary>The sentence of tokens <c>[start, end)</c>, or -1 when they span several.</summary>
    public int SentenceOf(int start, int end) =>
        tokenSentence[start] == tokenSentence[end - 1] ? tokenSentence[start] : -1;

    public int SentenceOfToken(int token) => tokenSentence[token];
}
