using System.Runtime.CompilerServices;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>Reading a pattern's words after its first against the page.</summary>
internal sealed partial class TermIndex
{
    // Where the pattern's words after the first end when they follow from token <paramref name="next"/> on: each at
    // the next token, or, after a gap, at one of the next few of its clause; -1 when they do not.
    private static int MatchRest(TokenizedText text, bool[] skip, int next, PatternToken[] pattern)
    {
        for (var p = 1; p < pattern.Length; p++, next++)
        {
            var last = pattern[p].AfterGap ? next + PatternToken.MaxGap : next;
            while (Continues(text, skip, next) && !WordMatches(text, next, pattern[p]))
            {
                if (++next > last)
                {
                    return -1;
                }
            }

            if (!Continues(text, skip, next))
            {
                return -1;
            }
        }

        return next;
    }

    // Whether a phrase may go on to token <paramref name="index"/>: it exists, is not boilerplate, and nothing breaks before it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Continues(TokenizedText text, bool[] skip, int index) =>
        index < text.Count && !skip[index] && !text[index].AfterBreak;

    private static uint StartOf(PatternToken word) =>
        word.AfterGap || Tokenizer.ScriptOf(word.Form[0]) == TokenScript.Arabic ? 0
        : word.Form.Length > 1 ? word.Form[0] | ((uint)word.Form[1] << 16)
        : word.Form[0];

    // Whether the word at the index may be one that starts as StartOf says (0: any word).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsAs(TokenizedText text, int index, uint start)
    {
        if (start == 0 || index >= text.Count)
        {
            return start == 0;
        }

        var form = text.Form(index);
        var second = (char)(start >> 16);
        return form[0] == (char)start && (second == 0 || (form.Length > 1 && form[1] == second));
    }

    private static bool WordMatches(TokenizedText text, int index, PatternToken token)
    {
        var form = text.Form(index);
        if (text[index].Script != TokenScript.Arabic)
        {
            return token.Matches(form);
        }

        Span<int> starts = stackalloc int[ArabicClitics.MaxStarts];
        var count = ArabicClitics.Starts(form, starts);
        for (var s = 0; s < count; s++)
        {
            if (token.Matches(form[starts[s]..]))
            {
                return true;
            }
        }

        return false;
    }
}
