namespace Bot.Core.Matching;

/// <summary>A term or concept a rule looks for; rules share atoms with the same key.</summary>
/// <param name="Key"><c>actor:russia</c>, <c>actor:*</c>, or <c>"no evidence"</c> for a term.</param>
/// <param name="IsConcept">True for lexicon concepts.</param>
/// <param name="Cost">How many patterns feed it: the higher, the likelier it is to be found in any article.</param>
internal sealed record AtomInfo(string Key, bool IsConcept, int Cost)
{
    public bool IsWildcard => IsConcept && Key.EndsWith(":*", StringComparison.Ordinal);
}
