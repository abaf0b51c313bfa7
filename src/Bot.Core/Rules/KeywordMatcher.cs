using System.Globalization;
using Bot.Core.Articles;

namespace Bot.Core.Rules;

/// <summary>
/// Matches articles against keyword rules: case- and accent-insensitive; a Latin, Greek or Cyrillic term must
/// start at a word boundary, while terms in other scripts (Arabic with attached proclitics, Chinese without
/// spaces) match anywhere.
/// </summary>
public sealed class KeywordMatcher(IReadOnlyList<WatchRule> rules)
{
    private const int MaxEvidenceSentences = 2;

    /// <summary>Returns one match per rule the article satisfies, in rule order.</summary>
    public IReadOnlyList<RuleMatch> Match(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.MatchText;
        List<RuleMatch>? matches = null;
        foreach (var rule in rules)
        {
            if (rule.Require.Count == 0 || !rule.Require.All(group => ContainsAny(text, group)))
            {
                continue;
            }

            matches ??= [];
            matches.Add(new RuleMatch(rule.Name, Evidence(text, rule)));
        }

        return matches ?? (IReadOnlyList<RuleMatch>)[];
    }

    // The sentences that meet the most groups, in document order.
    private static List<string> Evidence(string text, WatchRule rule) =>
        Sentences.Split(text)
            .Select((sentence, index) => (sentence, index, score: rule.Require.Count(group => ContainsAny(sentence, group))))
            .Where(s => s.score > 0)
            .OrderByDescending(s => s.score)
            .ThenBy(s => s.index)
            .Take(MaxEvidenceSentences)
            .OrderBy(s => s.index)
            .Select(s => s.sentence)
            .ToList();

    private static bool ContainsAny(string text, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            if (Contains(text, term))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Contains(string text, string term)
    {
        if (term.Length == 0)
        {
            return false;
        }

        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var needsBoundary = NeedsWordBoundary(term[0]);
        var start = 0;
        while (start < text.Length)
        {
            var index = compare.IndexOf(text, term, start, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
            if (index < 0)
            {
                return false;
            }

            if (!needsBoundary || index == 0 || !char.IsLetterOrDigit(text[index - 1]))
            {
                return true;
            }

            start = index + 1;
        }

        return false;
    }

    // Latin, Greek and Cyrillic words are space-separated, so "Russia" must not match inside "Belarussia".
    private static bool NeedsWordBoundary(char first) => first < '\u0530' && char.IsLetterOrDigit(first);
}
