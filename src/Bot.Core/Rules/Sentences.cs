namespace Bot.Core.Rules;

/// <summary>Splits plain text into sentences for every script the bot reads.</summary>
public static class Sentences
{
    private static readonly char[] Terminators = ['.', '!', '?', '؟', '؛', '。', '！', '？', '\n', '\r'];

    /// <summary>Yields the trimmed, non-empty sentences of <paramref name="text"/>, terminators kept.</summary>
    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(Terminators, start);
            // A full stop inside a number or an abbreviation ("3.5", "U.S.") is not the end of a sentence.
            while (end >= 0 && text[end] == '.' && end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1]))
            {
                end = text.IndexOfAny(Terminators, end + 1);
            }

            var stop = end < 0 ? text.Length : end + 1;
            var sentence = text[start..stop].Trim();
            if (sentence.Length > 0 && !(sentence.Length == 1 && Array.IndexOf(Terminators, sentence[0]) >= 0))
            {
                yield return sentence;
            }

            start = stop;
        }
    }
}
