using System.Globalization;
using System.Text;

namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>Splits the Python expressions of feedparser's "Expect:" lines into tokens.</summary>
internal static class PyTokenizer
{
    public static List<PyToken> Tokenize(string source)
    {
        var tokens = new List<PyToken>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (StringStart(source, i) is { } quoteAt)
            {
                var text = ReadString(source, quoteAt, raw: source.AsSpan(i, quoteAt - i).ContainsAny('r', 'R'), out i);
                // Adjacent literals concatenate, as in Python.
                if (tokens.Count > 0 && tokens[^1].Kind == PyTokenKind.String)
                {
                    tokens[^1] = tokens[^1] with { Value = (string)tokens[^1].Value! + text };
                }
                else
                {
                    tokens.Add(new PyToken(PyTokenKind.String, text, text));
                }
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiDigit(source[i]) || source[i] is '.' or 'e' or 'E' or 'L' or 'l'))
                {
                    i++;
                }

                var literal = source[start..i].TrimEnd('L', 'l');
                // Boxed before the conditional, which would otherwise widen the integer to double.
                object value = long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)
                    ? (object)integer
                    : double.Parse(literal, CultureInfo.InvariantCulture);
                tokens.Add(new PyToken(PyTokenKind.Number, literal, value));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new PyToken(PyTokenKind.Name, source[start..i], null));
            }
            else
            {
                var op = i + 1 < source.Length && source.Substring(i, 2) is "==" or "!=" or "<=" or ">=" ? source.Substring(i, 2) : c.ToString();
                tokens.Add(new PyToken(PyTokenKind.Op, op, null));
                i += op.Length;
            }
        }

        tokens.Add(new PyToken(PyTokenKind.End, string.Empty, null));
        return tokens;
    }

    // A string literal may carry a u, r or b prefix; returns the index of its quote.
    private static int? StringStart(string s, int i)
    {
        var j = i;
        while (j < s.Length && j - i < 2 && s[j] is 'u' or 'U' or 'r' or 'R' or 'b' or 'B')
        {
            j++;
        }

        return j < s.Length && s[j] is '\'' or '"' && (j == i || !char.IsLetterOrDigit(i > 0 ? s[i - 1] : ' ')) ? j : null;
    }

    private static string ReadString(string s, int quoteAt, bool raw, out int end)
    {
        var quote = s[quoteAt];
        var triple = quoteAt + 2 < s.Length && s[quoteAt + 1] == quote && s[quoteAt + 2] == quote;
        var delimiter = new string(quote, triple ? 3 : 1);
        var i = quoteAt + delimiter.Length;
        var text = new StringBuilder();
        while (i < s.Length && string.CompareOrdinal(s, i, delimiter, 0, delimiter.Length) != 0)
        {
            if (s[i] == '\\' && i + 1 < s.Length && !raw)
            {
                i = Escape(s, i + 1, text);
            }
            else
            {
                text.Append(s[i++]);
            }
        }

        end = Math.Min(s.Length, i + delimiter.Length);
        return text.ToString();
    }

    private static int Escape(string s, int i, StringBuilder text)
    {
        var c = s[i];
        int Hex(int digits)
        {
            text.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            return i + 1 + digits;
        }

        switch (c)
        {
            case 'x': return Hex(2);
            case 'u': return Hex(4);
            case 'U': return Hex(8);
            case 'n': text.Append('\n'); return i + 1;
            case 't': text.Append('\t'); return i + 1;
            case 'r': text.Append('\r'); return i + 1;
            case '0': text.Append('\0'); return i + 1;
            case '\\' or '\'' or '"': text.Append(c); return i + 1;
            default: text.Append('\\').Append(c); return i + 1;
        }
    }
}
