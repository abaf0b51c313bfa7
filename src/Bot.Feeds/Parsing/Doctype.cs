using System.Text.RegularExpressions;

namespace Bot.Feeds.Parsing;

/// <summary>Measures a DOCTYPE declaration in decoded XML text and names the entities it declares.</summary>
internal static partial class Doctype
{
    /// <summary>The index just after the declaration that starts at <paramref name="start"/>.</summary>
    public static int End(string text, int start, ISet<string> declaredEntities)
    {
        // The declaration ends at the first '>' outside quotes and outside the [...] internal subset.
        int depth = 0, i = start + 2;
        var quote = '\0';
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == '>' && depth <= 0)
            {
                break;
            }
        }

        var end = Math.Min(i + 1, text.Length);
        foreach (Match match in EntityPattern().Matches(text[start..end]))
        {
            declaredEntities.Add(match.Groups["name"].Value);
        }

        return end;
    }

    [GeneratedRegex("""<!ENTITY\s+(?:%\s+)?(?<name>[^\s"'>%]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();
}
