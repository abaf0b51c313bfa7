using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>What one article offers to rule evaluation: its hits per atom, sentences, language and source.</summary>
internal sealed class MatchScope(TokenizedText text, int[] tokenSentence, Dictionary<int, List<Hit>> atomHits, string language, string? source)
{
    public TokenizedText Text { get; } = text;

    public string Language { get; } = language;

    public string? Source { get; } = source;

    public IReadOnlyList<Hit> HitsOf(int atom) => atomHits.TryGetValue(atom, out var hits) ? hits : [];

    public bool HasHits(int atom) => atomHits.ContainsKey(atom);

    /// <summary>The sentence of tokens <c>[start, end)</c>, or -1 when they span several.</summary>
    public int SentenceOf(int start, int end) =>
        tokenSentence[start] == tokenSentence[end - 1] ? tokenSentence[start] : -1;

    public int SentenceOfToken(int token) => tokenSentence[token];
}
