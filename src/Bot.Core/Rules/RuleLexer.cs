using System.Globalization;

namespace Bot.Core.Rules;

/// <summary>
/// Cuts rule text into tokens: parentheses, <c>"quoted phrases"</c>, the upper-case operators <c>AND OR NOT SENT
/// NEAR/n</c>, and words (anything else up to a space, a parenthesis or a quote). Lower-case "and"/"or" are words.
/// </summary>
internal static class RuleLexer
{
    public const int MaxDistance = 100;

    public static List<RuleToken> Tokenize(string text)
    {
        var tokens = new List<RuleToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new RuleToken(RuleTokenKind.Open, "(", i++));
            }
            else if (c == ')')
            {
                tokens.Add(new RuleToken(RuleTokenKind.Close, ")", i++));
            }
            else if (IsQuote(c))
            {
                var close = IndexOfQuote(text, i + 1);
                if (close < 0)
                {
                    throw new RuleSyntaxException(i + 1, RuleSyntaxError.UnclosedQuote);
                }

                tokens.Add(new RuleToken(RuleTokenKind.Phrase, text[(i + 1)..close], i));
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' && !IsQuote(text[i]))
                {
                    i++;
                }

                tokens.Add(Word(text[start..i], start));
            }
        }

        tokens.Add(new RuleToken(RuleTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    /// <summary>True when <paramref name="text"/> reads back as this one word when written without quotes.</summary>
    public static bool IsBareWord(string text) =>
        text.Length > 0
        && !text.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or ':' || IsQuote(c))
        && Keyword(text) is null
        && !IsNear(text)
        && !IsBy(text);

    private static bool IsNear(string word) => word == "NEAR" || word.StartsWith("NEAR/", StringComparison.Ordinal);

    // "BY" alone stays a word; "BY/n" is the operator.
    private static bool IsBy(string word) => word.StartsWith("BY/", StringComparison.Ordinal);

    private static RuleToken Word(string word, int position)
    {
        if (Keyword(word) is { } kind)
        {
            return new RuleToken(kind, word, position);
        }

        if (IsNear(word) || IsBy(word))
        {
            var slash = word.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || !int.TryParse(word.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var distance) || distance is < 1 or > MaxDistance)
            {
                throw new RuleSyntaxException(position + 1, RuleSyntaxError.InvalidDistance, word, MaxDistance.ToString(CultureInfo.InvariantCulture));
            }

            return new RuleToken(IsBy(word) ? RuleTokenKind.By : RuleTokenKind.Near, word, position, distance);
        }

        return new RuleToken(RuleTokenKind.Word, word, position);
    }

    private static RuleTokenKind? Keyword(string word) => word switch
    {
        "AND" => RuleTokenKind.And,
        "OR" => RuleTokenKind.Or,
        "NOT" => RuleTokenKind.Not,
        "SENT" => RuleTokenKind.Sentence,
        _ => null,
    };

    // Moderators paste from phones and word processors: curly and guillemet quotes count too.
    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    private static int IndexOfQuote(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsQuote(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
