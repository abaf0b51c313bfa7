using System.Text.RegularExpressions;

namespace Bot.Feeds.Parsing;

/// <summary>Finds the DOCTYPE of decoded XML text, removes it, and names the entities it declared.</summary>
internal static partial class Doctype
{
    public static IReadOnlySet<string> Remove(ref string text)
    {
        var start = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || start > FirstElement(text))
        {
            return new HashSet<string>();
        }

        // The declaration ends at the first '>' outside quotes and outside the [...] internal subset.
        int depth = 0, i = start + 2;
        char quote = '\0';
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

        var doctype = text[start..Math.Min(i + 1, text.Length)];
        text = string.Concat(text.AsSpan(0, start), text.AsSpan(Math.Min(i + 1, text.Length)));
        return EntityPattern().Matches(doctype).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
    }

    // Only a DOCTYPE in the prolog counts; the same characters inside content are text.
    private static int FirstElement(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (char.IsLetter(text[i + 1]))
            {
                return i;
            }
        }

        return text.Length;
    }

    [GeneratedRegex("""<!ENTITY\s+(?:%\s+)?(?<name>[^\s"'>%]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();
}
