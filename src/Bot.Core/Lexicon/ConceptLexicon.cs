using System.Collections.Frozen;

namespace Bot.Core.Lexicon;

/// <summary>
/// Concepts (<c>actor:russia</c>, <c>stance:denial</c>, <c>topic:cyber</c>, <c>group:apt28</c>) and the terms that
/// express them. Immutable: <see cref="WithTerms"/> returns a new lexicon, so guilds can add terms of their own
/// without touching the shipped data.
/// </summary>
public sealed class ConceptLexicon
{
    private readonly FrozenDictionary<string, IReadOnlyList<LexiconTerm>> _concepts;

    internal ConceptLexicon(IEnumerable<KeyValuePair<string, IReadOnlyList<LexiconTerm>>> concepts) =>
        _concepts = concepts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon shipped with the bot (embedded data files), loaded once.</summary>
    public static ConceptLexicon Default => LazyDefault.Value;

    private static readonly Lazy<ConceptLexicon> LazyDefault = new(() => LexiconLoader.LoadEmbedded());

    public IEnumerable<string> ConceptNames => _concepts.Keys.Order(StringComparer.Ordinal);

    public bool Contains(string concept) => _concepts.ContainsKey(concept);

    /// <summary>The terms of <paramref name="concept"/> (<c>kind:name</c>), or of every concept of a kind for <c>kind:*</c>.</summary>
    public IReadOnlyList<LexiconTerm> Terms(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        if (concept.EndsWith(":*", StringComparison.Ordinal))
        {
            var prefix = concept[..^1];
            return _concepts
                .Where(pair => pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .SelectMany(pair => pair.Value)
                .ToList();
        }

        return _concepts.TryGetValue(concept, out var terms) ? terms : [];
    }

    /// <summary>True when <paramref name="kind"/> (actor, group, stance, topic) has at least one concept.</summary>
    public bool HasKind(string kind) => _concepts.Keys.Any(key => key.StartsWith(kind + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>A lexicon with <paramref name="terms"/> added to <paramref name="concept"/> (created when new).</summary>
    public ConceptLexicon WithTerms(string concept, IEnumerable<LexiconTerm> terms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        ArgumentNullException.ThrowIfNull(terms);
        var merged = _concepts.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        merged[concept] = [.. Terms(concept), .. terms];
        return new ConceptLexicon(merged);
    }
}
