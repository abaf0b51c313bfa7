using System.Globalization;
using System.Text;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Prepares decoded feed text for a strict XML reader: drops the XML declaration and the DOCTYPE (nothing from
/// a DTD is ever used), rewrites HTML's named entities (which XML does not define) as character references,
/// escapes stray ampersands and drops characters XML forbids. References to entities the DOCTYPE declared are
/// refused: expanding them is how XXE and billion-laughs documents attack, and skipping them would lose text.
/// </summary>
internal static class XmlRepair
{
    public static string Prepare(string text, List<string> warnings)
    {
        text = XmlDeclaration.Strip(text.TrimStart('\uFEFF'));
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var result = new StringBuilder(text.Length + 64);
        int strayAmpersands = 0, badCharacters = 0;
        var inProlog = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && inProlog && string.Compare(text, i, "<!DOCTYPE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0)
            {
                // Dropped whole: a feed never needs its DTD, and its entities are refused when used.
                i = Doctype.End(text, i, declared);
            }
            else if (c == '<' && Skip(text, i, "<![CDATA[", "]]>") is var cdataEnd and > 0)
            {
                result.Append(text, i, cdataEnd - i);
                i = cdataEnd;
            }
            else if (c == '<' && Skip(text, i, "<!--", "-->") is var commentEnd and > 0)
            {
                i = commentEnd;
            }
            else if (c == '<' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && inProlog)
            {
                inProlog = false;
                result.Append(c);
                i++;
            }
            else if (c == '&')
            {
                i += Reference(text, i, declared, result, ref strayAmpersands);
            }
            else if (!IsXmlChar(text, i, out var width))
            {
                badCharacters++;
                i += width;
            }
            else
            {
                result.Append(text, i, width);
                i += width;
            }
        }

        if (strayAmpersands > 0)
        {
            warnings.Add($"{strayAmpersands} unescaped '&' were read as text.");
        }

        if (badCharacters > 0)
        {
            warnings.Add($"{badCharacters} characters XML does not allow were dropped.");
        }

        return result.ToString();
    }

    private static int Reference(string text, int at, HashSet<string> declared, StringBuilder result, ref int strayAmpersands)
    {
        var length = XmlEntities.ReferenceAt(text, at, out var name);
        if (length == 0)
        {
            strayAmpersands++;
            result.Append("&amp;");
            return 1;
        }

        if (name.IsEmpty || XmlEntities.IsXmlDefined(name))
        {
            result.Append(text, at, length);
        }
        else if (declared.Contains(name.ToString()))
        {
            throw new FeedFormatException(
                FeedProblem.EntityExpansion,
                $"The feed uses the entity '&{name};' its DOCTYPE declares; declared entities are never expanded (XXE and entity-expansion protection).");
        }
        else if (XmlEntities.HtmlValue(name) is { } value)
        {
            foreach (var rune in value.EnumerateRunes())
            {
                result.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }
        else
        {
            // Unknown to XML and HTML: keep it, the strict reader fails and the lenient one keeps it as text.
            result.Append(text, at, length);
        }

        return length;
    }

    // Returns the index after the end marker, or 0 when the text at i does not open this construct.
    private static int Skip(string text, int i, string open, string close)
    {
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0)
        {
            return 0;
        }

        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + close.Length;
    }

    private static bool IsXmlChar(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return true;
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');
    }
}
