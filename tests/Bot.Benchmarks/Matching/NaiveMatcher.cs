using System.Text.RegularExpressions;
using Bot.Core.Lexicon;
using Bot.Core.Rules;
using Bot.Core.Text;

namespace Bot.Benchmarks.Matching;

/// <summary>
/// The naive way, for comparison: one Regex per rule, the alternation of every term the rule mentions (concepts
/// expanded from the lexicon), run over each article in turn. It only asks "does any term occur", so it does less
/// than the real matcher, and it is given text already normalised.
/// </summary>
internal sealed class NaiveMatcher
{
    private readonly Regex[] _rules;

    public NaiveMatcher(IReadOnlyList<WatchRule> rules)
    {
        _rules = [.. rules.Select(rule => new Regex(Pattern(rule.Query), RegexOptions.CultureInvariant))];
    }

    public int Match(string normalizedText)
    {
        var matched = 0;
        foreach (var rule in _rules)
        {
            if (rule.IsMatch(normalizedText))
            {
                matched++;
            }
        }

        return matched;
    }

    private static string Pattern(RuleNode rule)
    {
        var terms = Terms(rule)
            .Select(term => Normalizer.Normalize(term.Replace("*", string.Empty, StringComparison.Ordinal)))
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(Regex.Escape);
        return @"\b(?:" + string.Join('|', terms) + ")";
    }

    private static IEnumerable<string> Terms(RuleNode node) => node switch
    {
        TermNode term => [term.Text],
        ConceptNode concept => ConceptLexicon.Default.Terms(concept.Key).Select(t => t.Text),
        NotNode not => Terms(not.Operand),
        AndNode and => Terms(and.Left).Concat(Terms(and.Right)),
        OrNode or => Terms(or.Left).Concat(Terms(or.Right)),
        NearNode near => Terms(near.Left).Concat(Terms(near.Right)),
        SentenceNode sentence => Terms(sentence.Left).Concat(Terms(sentence.Right)),
        _ => [],
    };
}
