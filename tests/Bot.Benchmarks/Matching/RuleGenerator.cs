using Bot.Core.Rules;
using Bot.Core.Text;

namespace Bot.Benchmarks.Matching;

/// <summary>
/// Makes N rules of the shapes moderators write: the four presets, then terms bound to concepts with NEAR, SENT,
/// AND, OR and NOT. One term in fifty is a word of the corpus, the rest are names that do not occur, as in a real
/// rule set where each guild watches its own names and few rules fire on any one article: so the work that grows
/// with the number of matches stays comparable, and what the rule count changes is the size of the index.
/// Deterministic for a given N.
/// </summary>
internal static class RuleGenerator
{
    private static readonly string[] Concepts = ["actor:russia", "actor:china", "actor:iran", "stance:denial", "stance:accusation", "topic:cyber", "topic:election"];

    public static IReadOnlyList<WatchRule> Generate(int count, IReadOnlyList<string> articles) =>
        [.. Configured(count, articles).Select(rule => rule.Preset is { } preset
            ? Presets.Rule(preset)!
            : new WatchRule(rule.Name, RuleParser.Parse(rule.Query!)))];

    /// <summary>The same rules as an operator configures them (<c>Bot:Rules:N</c>): a preset by name or a query.</summary>
    public static IReadOnlyList<(string Name, string? Preset, string? Query)> Configured(int count, IReadOnlyList<string> articles)
    {
        var random = new Random(count);
        var words = Vocabulary(articles);
        var rules = new List<(string Name, string? Preset, string? Query)>(count);
        foreach (var preset in Presets.Names.Take(count))
        {
            rules.Add((preset, preset, null));
        }

        for (var i = rules.Count; i < count; i++)
        {
            string Term() => random.Next(50) == 0 ? words[random.Next(words.Count)] : $"name{random.Next(1_000_000)}";
            string Concept() => Concepts[random.Next(Concepts.Length)];
            var query = (i % 5) switch
            {
                0 => $"\"{Term()}\" NEAR/10 {Concept()}",
                1 => $"({Concept()} SENT \"{Term()}\") AND {Concept()}",
                2 => $"(\"{Term()}\" OR \"{Term()} {Term()}\") AND NOT \"{Term()}\"",
                3 => $"\"{Term()}\" \"{Term()}\" lang:en",
                _ => $"{Term()}* SENT {Concept()}",
            };
            rules.Add(($"rule-{i}", null, query));
        }

        return rules;
    }

    // Words of the corpus that are neither very frequent nor very short: what a moderator might watch for.
    private static List<string> Vocabulary(IReadOnlyList<string> articles)
    {
        var counts = articles
            .SelectMany(a => Normalizer.Normalize(a).Split(' '))
            .Where(w => w.Length >= 4 && !w.All(char.IsAsciiDigit))
            .CountBy(w => w)
            .OrderByDescending(pair => pair.Value)
            .Select(pair => pair.Key)
            .ToList();
        return counts.Skip(Math.Min(100, counts.Count / 10)).ToList();
    }
}
