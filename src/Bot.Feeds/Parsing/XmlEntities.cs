using System.Net;

namespace Bot.Feeds.Parsing;

/// <summary>Entity references as feeds write them: XML's five, character references, and HTML's named ones.</summary>
internal static class XmlEntities
{
    private static readonly HashSet<string> XmlDefined = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    public static bool IsXmlDefined(ReadOnlySpan<char> name) => XmlDefined.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>The text an HTML named entity stands for (<c>nbsp</c> → U+00A0), or <see langword="null"/>.</summary>
    public static string? HtmlValue(ReadOnlySpan<char> name)
    {
        var reference = string.Concat("&", name, ";");
        var decoded = WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : decoded;
    }

    /// <summary>Length of a well-formed reference at <paramref name="start"/> (the '&amp;'), or 0; sets its name.</summary>
    public static int ReferenceAt(string text, int start, out ReadOnlySpan<char> name)
    {
        name = default;
        var i = start + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            var hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
            if (hex)
            {
                i++;
            }

            var digits = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                i++;
            }

            return i > digits && i < text.Length && text[i] == ';' ? i - start + 1 : 0;
        }

        var nameStart = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (i > nameStart && text[i] is '.' or '-' or '_')))
        {
            i++;
        }

        if (i == nameStart || i >= text.Length || text[i] != ';' || !char.IsAsciiLetter(text[nameStart]))
        {
            return 0;
        }

        name = text.AsSpan(nameStart, i - nameStart);
        return i - start + 1;
    }

    /// <summary>Decodes every reference it knows in lenient text; unknown ones stay as written.</summary>
    public static string DecodeLenient(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var amp = text.IndexOf('&', i);
            if (amp < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, amp - i);
            var length = ReferenceAt(text, amp, out _);
            var reference = length > 0 ? text.Substring(amp, length) : "&";
            var decoded = length > 0 ? WebUtility.HtmlDecode(reference) : "&";
            result.Append(reference == "&apos;" ? "'" : decoded);
            i = amp + reference.Length;
        }

        return result.ToString();
    }
}
