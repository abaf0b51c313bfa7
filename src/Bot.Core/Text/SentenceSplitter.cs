using System.Buffers;

namespace Bot.Core.Text;

/// <summary>
/// Splits text into sentences for every script the bot reads (. ! ? ؟ ؛ 。！？ and line breaks), returning spans of
/// the original text, trimmed, terminators kept. A full stop followed by something other than a space ("3.5",
/// "U.S.", "example.com") does not end a sentence, nor does a line break inside a sentence wrapped to a width.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Inc", "Corp", "vs", "etc", "No",
        "Mme", "av", "Sr", "Sra", "Hr", "Fr", "Nr", "bzw", "Dipl",
    };

    private static readonly char[] Terminators = ['.', '!', '?', '؟', '؛', '。', '！', '？', '\n', '\r'];
    private static readonly SearchValues<char> TerminatorSearch = SearchValues.Create(Terminators);

    public static IReadOnlyList<TextSpan> Split(string text) => Spans(text);

    /// <summary>As <see cref="Split"/>, typed as the list it is, for the matcher's loops.</summary>
    internal static List<TextSpan> Spans(string text) => Spans(text, []);

    /// <summary>As <see cref="Split"/>, into <paramref name="spans"/> (cleared first), which a thread reuses.</summary>
    internal static List<TextSpan> Spans(string text, List<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        spans.Clear();
        var start = 0;
        while (start < text.Length)
        {
            var end = IndexOfTerminator(text, start);
            while (end >= 0 && (text[end] == '.' ? !EndsSentence(text, end) : WrapsLine(text, end)))
            {
                end = IndexOfTerminator(text, end + 1);
            }

            var stop = end < 0 ? text.Length : end + 1;
            var (from, to) = Trim(text, start, stop);
            if (to > from && !(to - from == 1 && Array.IndexOf(Terminators, text[from]) >= 0))
            {
                spans.Add(new TextSpan(from, to));
            }

            start = stop;
        }

        return spans;
    }

    // A full stop ends a sentence unless a non-space follows ("3.5", "example.com"), it closes an initial or a
    // common abbreviation ("U.S. officials", "Feb. 15", "Mr. Peskov"), or the next word starts in lower case.
    private static bool EndsSentence(string text, int dot)
    {
        if (dot + 1 < text.Length && !char.IsWhiteSpace(text[dot + 1]))
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return dot + 1 >= text.Length;
        }

        var next = dot + 1;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        return next >= text.Length || !char.IsLower(text[next]) || text[next] > '\u024F';
    }

    /// <summary>
    /// Text wrapped to a width breaks sentences across lines: one line break (not a blank line) at
    /// <paramref name="at"/>, after a line that does not end a sentence, before a word in lower case, continues the
    /// sentence. Scripts without case keep the break.
    /// </summary>
    internal static bool WrapsLine(string text, int at)
    {
        if (text[at] is not '\n' and not '\r')
        {
            return false;
        }

        var before = at - 1;
        before -= text[at] == '\n' && before >= 0 && text[before] == '\r' ? 1 : 0;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        var after = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        return before >= 0 && Array.IndexOf(Terminators, text[before]) < 0 && after < text.Length && char.IsLower(text[after]);
    }

    private static int IndexOfTerminator(string text, int from)
    {
        var index = text.AsSpan(from).IndexOfAny(TerminatorSearch);
        return index < 0 ? -1 : from + index;
    }

    private static (int From, int To) Trim(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }
}
