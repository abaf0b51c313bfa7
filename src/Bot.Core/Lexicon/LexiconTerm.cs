namespace Bot.Core.Lexicon;

/// <summary>
/// One way a concept is written: a word, a phrase ("no evidence"), or a word start ending in <c>*</c> ("accus*").
/// </summary>
/// <param name="Text">The term as a person writes it; it is normalised when rules are compiled.</param>
/// <param name="Language">ISO 639-1 code, or <c>any</c> for names written the same in every language.</param>
/// <param name="Source">Where the term comes from (editorial list, MISP galaxy entry, a guild's addition …).</param>
/// <param name="Excludes">
/// An exclusion rather than a term: where it occurs, the concept's other terms do not count ("cybersecurity" is
/// not hacking, though "cyber*" would take it).
/// </param>
/// <param name="After">
/// When set, the term counts only after one of these has been found earlier in the same text: a spokesperson's
/// surname alone ("dijo Mao") once the article has named her in full ("Mao Ning").
/// </param>
public sealed record LexiconTerm(string Text, string Language, string Source, bool Excludes = false, IReadOnlyList<string>? After = null);
