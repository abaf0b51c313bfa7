namespace Bot.Core.Matching;

/// <summary>A term or concept a rule looks for; rules share atoms with the same key.</summary>
/// <param name="Key"><c>actor:russia</c>, <c>actor:*</c>, or <c>"no evidence"</c> for a term.</param>
/// <param name="IsConcept">True for lexicon concepts.</param>
/// <param name="Cost">How many patterns feed it: the higher, the likelier it is to be found in any article.</param>
internal sealed record AtomInfo(string Key, bool IsConcept, int Cost)
{
    public bool IsWildcard => IsConcept && Key.EndsWith(":*", StringComparison.Ordinal);

    /// <summary>For <c>actor:*</c>, the prefix of the concepts it stands for (<c>actor:</c>); made once, not per match.</summary>
    public string WildcardKind { get; } = Key.EndsWith(":*", StringComparison.Ordinal) ? Key[..^1] : Key;
}
