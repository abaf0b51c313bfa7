namespace Bot.Core.Text;

/// <summary>
/// Cuts text into folded tokens: runs of letters and digits after <see cref="CharFolding"/>, each Chinese or
/// Japanese character on its own (they are written without spaces), runs of one repeated letter squeezed to one
/// ("االفرنسية" is a typo of "الفرنسية"), and French elided articles and pronouns (l', d', qu') dropped.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> FrenchElisions = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Elisions = FrenchElisions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TokenizedText Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new char[text.Length + 16];
        var tokens = new Token[Math.Max(4, text.Length / 5)];
        var count = 0;
        var length = 0;
        var tokenFoldStart = -1;
        var tokenStart = 0;
        var tokenEnd = 0;
        var script = TokenScript.Other;
        var stop = false;
        var tokenAfterStop = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = CharFolding.Fold(c);
            if (mapped is null)
            {
                Feed(c, i);
            }
            else
            {
                foreach (var m in mapped)
                {
                    Feed(m, i);
                }
            }

            // An elided article ("l'", "qu'") sticks to the next word; drop it so "l'attaque" reads as "attaque".
            if ((c == '\'' || mapped == "'") && tokenFoldStart < 0 && count > 0 && tokens[count - 1].End == i
                && tokens[count - 1].Script == TokenScript.Latin && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && Elisions.Contains(folded.AsSpan(tokens[count - 1].FoldStart, tokens[count - 1].FoldLength)))
            {
                length = tokens[count - 1].FoldStart;
                count--;
            }
        }

        Close();
        return new TokenizedText(text, folded, tokens, count);

        void Feed(char f, int origin)
        {
            if (!char.IsLetterOrDigit(f))
            {
                Close();
                stop |= f is '.' or '!' or '?' or '\n' or '\r' or '؟' or '؛' or '。' or '！' or '？';
                return;
            }

            var fScript = ScriptOf(f);
            if (fScript == TokenScript.Han || (tokenFoldStart >= 0 && script == TokenScript.Han))
            {
                Close();
            }

            if (tokenFoldStart < 0)
            {
                tokenFoldStart = length;
                tokenStart = origin;
                script = fScript;
                tokenAfterStop = stop;
                stop = false;
            }
            else if (char.IsLetter(f) && folded[length - 1] == f)
            {
                tokenEnd = origin + 1;
                return;
            }

            if (length == folded.Length)
            {
                Array.Resize(ref folded, folded.Length * 2);
            }

            folded[length++] = f;
            tokenEnd = origin + 1;
        }

        void Close()
        {
            if (tokenFoldStart < 0)
            {
                return;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            tokens[count++] = new Token(tokenFoldStart, length - tokenFoldStart, tokenStart, tokenEnd, script, tokenAfterStop);
            tokenFoldStart = -1;
        }
    }

    internal static TokenScript ScriptOf(char c) => c switch
    {
        < '\u0250' when char.IsLetter(c) => TokenScript.Latin,
        >= '\u0400' and < '\u0530' => TokenScript.Cyrillic,
        >= '\u0600' and < '\u0700' => TokenScript.Arabic,
        >= '\u0750' and < '\u0780' => TokenScript.Arabic,
        >= '\u3040' and < '\u3100' => TokenScript.Han,
        >= '\u3400' and < '\u4DC0' => TokenScript.Han,
        >= '\u4E00' and < '\uA000' => TokenScript.Han,
        >= '\uF900' and < '\uFB00' => TokenScript.Han,
        _ => TokenScript.Other,
    };
}
