using System.Globalization;

namespace Bot.Core.Rules;

/// <summary>
/// Prints a rule in canonical form: explicit <c>AND</c>, parentheses only where precedence needs them, bare words
/// where the parser would read them back as the same word, quotes elsewhere.
/// </summary>
public static class RulePrinter
{
    // Binding strength, loosest first; operators of one level associate to the left.
    private const int OrLevel = 0;
    private const int AndLevel = 1;
    private const int ProximityLevel = 2;
    private const int UnaryLevel = 3;

    public static string Print(RuleNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Print(node, OrLevel);
    }

    private static string Print(RuleNode node, int context)
    {
        var (text, level) = node switch
        {
            TermNode t => (Term(t.Text), UnaryLevel),
            ConceptNode c => (c.Key, UnaryLevel),
            FilterNode f => (f.Kind + ":" + f.Value, UnaryLevel),
            NotNode n => ("NOT " + Print(n.Operand, UnaryLevel), UnaryLevel),
            OrNode o => (Print(o.Left, OrLevel) + " OR " + Print(o.Right, OrLevel + 1), OrLevel),
            AndNode a => (Print(a.Left, AndLevel) + " AND " + Print(a.Right, AndLevel + 1), AndLevel),
            NearNode n => (Print(n.Left, ProximityLevel) + " NEAR/" + n.Distance.ToString(CultureInfo.InvariantCulture) + " " + Print(n.Right, ProximityLevel + 1), ProximityLevel),
            ByNode b => (Print(b.Left, ProximityLevel) + " BY/" + b.Distance.ToString(CultureInfo.InvariantCulture) + " " + b.Speaker.Key, ProximityLevel),
            SentenceNode s => (Print(s.Left, ProximityLevel) + " SENT " + Print(s.Right, ProximityLevel + 1), ProximityLevel),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown rule node."),
        };
        return level < context ? "(" + text + ")" : text;
    }

    private static string Term(string text) => RuleLexer.IsBareWord(text) ? text : "\"" + text + "\"";
}
