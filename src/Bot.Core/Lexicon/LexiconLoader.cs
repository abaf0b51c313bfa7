using System.Buffers;
using System.Text.Json;

namespace Bot.Core.Lexicon;

/// <summary>
/// Reads concept data files: one JSON file per concept (<c>{"concept", "description", "entries": [{"lang",
/// "source", "terms", "exclude", "after"}]}</c>, the exclusions being words the concept's terms would wrongly take, and
/// "after" the terms one of which must come first for the entry's terms to count) and the
/// generated threat-group file (<c>{"groups": [{"concept", "name", "sponsor", "source", "aliases"}]}</c>). A group's
/// aliases also count for the actor that sponsors it, so a rule about Russia catches an article that only names APT28.
/// </summary>
public static class LexiconLoader
{
    private const string ResourcePrefix = "Bot.Core.Lexicon.Data.";

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Loads the data files embedded in this assembly, plus any <paramref name="extra"/> terms.</summary>
    public static ConceptLexicon LoadEmbedded(IEnumerable<KeyValuePair<string, LexiconTerm>>? extra = null)
    {
        var assembly = typeof(LexiconLoader).Assembly;
        var documents = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded lexicon file '{name}' cannot be opened.");
            using var reader = new StreamReader(stream);
            documents.Add(reader.ReadToEnd());
        }

        return Load(documents, extra);
    }

    /// <summary>Builds a lexicon from data file contents (JSON), plus any <paramref name="extra"/> terms.</summary>
    public static ConceptLexicon Load(IEnumerable<string> documents, IEnumerable<KeyValuePair<string, LexiconTerm>>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var concepts = new Dictionary<string, List<LexiconTerm>>(StringComparer.OrdinalIgnoreCase);
        var sponsored = new List<(string Sponsor, List<LexiconTerm> Terms)>();
        foreach (var json in documents)
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.TryGetProperty("groups", out var groups))
            {
                foreach (var group in groups.EnumerateArray())
                {
                    var concept = Required(group, "concept");
                    var source = Required(group, "source");
                    var terms = group.GetProperty("aliases").EnumerateArray()
                        .SelectMany(alias => Spellings(alias.GetString() ?? string.Empty))
                        .Select(alias => new LexiconTerm(alias, "any", source))
                        .ToList();
                    Add(concepts, concept, terms);
                    if (group.TryGetProperty("sponsor", out var sponsor) && sponsor.GetString() is { Length: > 0 } sponsorName)
                    {
                        sponsored.Add((sponsorName, terms.ConvertAll(t => t with { Source = $"{concept} ({t.Source})" })));
                    }
                }

                continue;
            }

            var name = Required(root, "concept");
            foreach (var entry in root.GetProperty("entries").EnumerateArray())
            {
                var language = Required(entry, "lang");
                var source = Required(entry, "source");
                var after = entry.TryGetProperty("after", out var names) ? Antecedents(names) : null;
                foreach (var (property, excludes) in new[] { ("terms", false), ("exclude", true) })
                {
                    if (entry.TryGetProperty(property, out var terms))
                    {
                        Add(concepts, name, terms.EnumerateArray().Select(term => new LexiconTerm(term.GetString() ?? string.Empty, language, source, excludes, excludes ? null : after)));
                    }
                }
            }
        }

        foreach (var (sponsor, terms) in sponsored)
        {
            if (concepts.ContainsKey("actor:" + sponsor))
            {
                Add(concepts, "actor:" + sponsor, terms);
            }
        }

        foreach (var (concept, term) in extra ?? [])
        {
            Add(concepts, concept, [term]);
        }

        return new ConceptLexicon(concepts.Select(pair => KeyValuePair.Create(pair.Key, (IReadOnlyList<LexiconTerm>)pair.Value)));
    }

    private static void Add(Dictionary<string, List<LexiconTerm>> concepts, string concept, IEnumerable<LexiconTerm> terms)
    {
        if (!concepts.TryGetValue(concept, out var list))
        {
            concepts[concept] = list = [];
        }

        list.AddRange(terms.Where(t => !string.IsNullOrWhiteSpace(t.Text)));
    }

    // A name and number is written joined or apart ("APT10", "APT 10", "APT-10"): the data has one spelling.
    private static IEnumerable<string> Spellings(string alias)
    {
        yield return alias;
        var digits = alias.AsSpan().IndexOfAnyInRange('0', '9');
        if (digits > 1 && !alias.AsSpan(0, digits).ContainsAnyExcept(AsciiLetters) && !alias.AsSpan(digits).ContainsAnyExceptInRange('0', '9'))
        {
            yield return $"{alias[..digits]} {alias[digits..]}";
        }
    }

    private static string[] Antecedents(JsonElement names)
    {
        string[] after = names.ValueKind == JsonValueKind.Array ? [.. names.EnumerateArray().Select(name => name.GetString() ?? string.Empty)] : [];
        return after.Length > 0 && after.All(name => !string.IsNullOrWhiteSpace(name))
            ? after
            : throw new InvalidDataException($"Lexicon data: 'after' must list the terms that must come first, not {names}.");
    }

    private static string Required(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"Lexicon data: '{property}' is missing in {element}.");
}
