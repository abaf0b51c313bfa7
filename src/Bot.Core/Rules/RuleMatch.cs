namespace Bot.Core.Rules;

/// <summary>A rule that matched an article: the concepts found, the article's language and the evidence.</summary>
/// <param name="RuleName">The rule.</param>
/// <param name="Concepts">Concepts of the rule found in the article (<c>actor:russia</c>, <c>stance:denial</c> …).</param>
/// <param name="Language">Detected language of the article (ISO 639-1, or <c>und</c>).</param>
/// <param name="Sentences">The sentences that triggered the rule, in document order.</param>
public sealed record RuleMatch(string RuleName, IReadOnlyList<string> Concepts, string Language, IReadOnlyList<EvidenceSentence> Sentences)
{
    /// <summary>The evidence sentences as text, as alerts and storage keep them.</summary>
    public IReadOnlyList<string> Evidence => [.. Sentences.Select(s => s.Text)];
}
