using System.Buffers;

namespace Bot.Core.Text;

/// <summary>
/// Cuts text into folded tokens: runs of letters and digits after <see cref="CharFolding"/>, each Chinese or
/// Japanese character on its own (they are written without spaces), runs of one repeated Arabic letter squeezed to
/// one ("االفرنسية" is a typo of "الفرنسية", common in Arabic pages; Latin and Cyrillic letters are doubled on
/// purpose: "DDoS" is not "dos", "russe" not "ruse"), and French elided articles and pronouns (l', d', qu') dropped.
/// A pinyin gloss after a Chinese character ("網絡(luò)") is skipped. Each token carries its <see cref="WordHash"/>,
/// made as it is closed, while its letters are in the cache.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> FrenchElisions = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    };

    // The letters of a word in quotation marks that do not break a phrase, at most.
    private const int MaxScareQuoted = 30;

    // The letters of a pinyin syllable with its tone mark ("zhuàng" is the longest).
    private const int MaxPinyinSyllable = 6;
    private static readonly SearchValues<char> PinyinLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Elisions = FrenchElisions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TokenizedText Tokenize(string text) => Tokenize(text, reuse: null);

    /// <summary>
    /// Tokenizes into the arrays of <paramref name="reuse"/> when they are large enough (and keeps any larger ones
    /// made there), so a thread matching article after article does not allocate them each time. The text returned
    /// is only valid until the next call with the same buffers.
    /// </summary>
    public static TokenizedText Tokenize(string text, TokenBuffers? reuse)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new State(text, reuse);
        var scareClose = -1;
        for (var i = state.ExtendWord(0); i < text.Length; i = state.ExtendWord(i + 1))
        {
            var c = text[i];
            if (c == '(' && PinyinGlossEnd(text, i) is var glossEnd and > 0)
            {
                i = glossEnd;
                continue;
            }

            var kind = CharFolding.Classify(c, out var folded);
            if (folded == '"' && IsScareQuote(text, i, ref scareClose))
            {
                // Quotation marks around one word (des "preuves", 所谓“黑客”) are no break in a phrase.
                kind = CharClass.Separator;
            }

            if (kind == CharClass.Expands)
            {
                foreach (var m in CharFolding.Fold(c) ?? string.Empty)
                {
                    state.Feed(m, CharFolding.ClassOf(m), i);
                }
            }
            else
            {
                state.Feed(folded, kind, i);
            }

            if (folded == '\'' && kind == CharClass.Separator)
            {
                state.DropElision(i);
            }
        }

        state.Close();
        return state.Result(reuse);
    }

    // Whether the quotation mark at <paramref name="at"/> opens or closes one word in quotation marks; an opening one
    // sets <paramref name="close"/> to where its closing one is.
    private static bool IsScareQuote(string text, int at, ref int close)
    {
        if (at == close)
        {
            return true;
        }

        var end = ScareQuoteEnd(text, at);
        close = end >= 0 ? end : close;
        return end >= 0;
    }

    // Where the mark closing a word in quotation marks is ("preuves" in des "preuves"), when the mark at
    // <paramref name="open"/> opens one: a run of letters or digits, no space, then a quotation mark. -1 otherwise.
    private static int ScareQuoteEnd(string text, int open)
    {
        var end = open + 1;
        while (end < text.Length && end - open <= MaxScareQuoted && CharFolding.Classify(text[end], out _) >= CharClass.Digit)
        {
            end++;
        }

        return end > open + 1 && end < text.Length && CharFolding.Classify(text[end], out var folded) == CharClass.Break && folded == '"' ? end : -1;
    }

    // Some Chinese pages gloss characters with their pinyin, "網絡(luò)攻擊": the gloss is skipped whole, bracket and
    // all, so the characters on each side still make one phrase. Returns where the gloss's ")" is, or -1.
    private static int PinyinGlossEnd(string text, int open)
    {
        if (open == 0 || ScriptOf(text[open - 1]) != TokenScript.Han)
        {
            return -1;
        }

        var end = open + 1;
        while (end < text.Length && end - open <= MaxPinyinSyllable && PinyinLetters.Contains(text[end]))
        {
            end++;
        }

        return end > open + 1 && end < text.Length && text[end] == ')' ? end : -1;
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

    private static TokenScript ScriptOf(CharClass kind) => kind switch
    {
        CharClass.Han => TokenScript.Han,
        >= CharClass.LetterOther => (TokenScript)(kind - CharClass.LetterOther),
        _ => TokenScript.Other,
    };

    /// <summary>The token being built and those already made.</summary>
    private sealed class State(string text, TokenBuffers? reuse)
    {
        private readonly string _text = text;
        private char[] _folded = reuse?.Folded is { } folded && folded.Length >= text.Length + 16 ? folded : new char[text.Length + 16];
        private Token[] _tokens = reuse?.Tokens is { } tokens && tokens.Length >= Math.Max(4, text.Length / 5) ? tokens : new Token[Math.Max(4, text.Length / 5)];
        private int _count;
        private int _length;
        private int _tokenFoldStart = -1;
        private int _tokenStart;
        private int _tokenEnd;
        private TokenScript _script;
        private bool _stop;
        private bool _hardStop;
        private int _lastLineBreak;
        private bool _punctuated;
        private bool _tokenAfterBreak;

        /// <summary>
        /// The common case: the letters of a word already started, from <paramref name="from"/> on, in a tight loop
        /// over locals (fields are written back once). Returns where the run stops, for the general path.
        /// </summary>
        public int ExtendWord(int from)
        {
            var i = from;
            if (_tokenFoldStart < 0 || _script == TokenScript.Han)
            {
                return i;
            }

            var text = _text;
            var entries = CharFolding.Entries;
            var folded = _folded;
            var length = _length;
            var last = folded[length - 1];
            while (i < text.Length && length < folded.Length)
            {
                var kind = CharFolding.Unpack(entries[text[i]], out var f);
                if (kind < CharClass.LetterOther)
                {
                    break;
                }

                // A run of one repeated Arabic letter is squeezed to one.
                if (f != last || kind != CharClass.LetterArabic)
                {
                    folded[length++] = f;
                    last = f;
                }

                i++;
            }

            if (i > from)
            {
                _length = length;
                _tokenEnd = i;
            }

            return i;
        }

        public void Feed(char f, CharClass kind, int origin)
        {
            if (kind <= CharClass.Expands)
            {
                Close();
                _punctuated |= kind == CharClass.Break;
                if (kind == CharClass.Stop)
                {
                    _stop = true;
                    _hardStop |= f is not '\n' and not '\r';
                    _lastLineBreak = f is '\n' or '\r' ? origin : _lastLineBreak;
                }

                return;
            }

            if (kind == CharClass.Han || _script == TokenScript.Han)
            {
                Close();
            }

            if (_tokenFoldStart < 0)
            {
                _tokenFoldStart = _length;
                _tokenStart = origin;
                _script = ScriptOf(kind);
                // A line break that only wraps a sentence does not end it (the splitter's rule, so the two agree).
                _tokenAfterBreak = _punctuated || (_stop && (_hardStop || !SentenceSplitter.WrapsLine(_text, _lastLineBreak)));
                (_stop, _hardStop, _punctuated) = (false, false, false);
            }
            else if (kind == CharClass.LetterArabic && _folded[_length - 1] == f)
            {
                _tokenEnd = origin + 1;
                return;
            }

            if (_length == _folded.Length)
            {
                Array.Resize(ref _folded, _folded.Length * 2);
            }

            _folded[_length++] = f;
            _tokenEnd = origin + 1;
        }

        public void Close()
        {
            if (_tokenFoldStart < 0)
            {
                return;
            }

            if (_count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
            }

            _tokens[_count++] = new Token(_tokenFoldStart, _length - _tokenFoldStart, _tokenStart, _tokenEnd, _script, _tokenAfterBreak, WordHash.Of(_folded.AsSpan(_tokenFoldStart, _length - _tokenFoldStart)));
            _tokenFoldStart = -1;
            _script = TokenScript.Other;
        }

        // An elided article ("l'", "qu'") sticks to the next word; drop it so "l'attaque" reads as "attaque".
        public void DropElision(int apostrophe)
        {
            if (_tokenFoldStart >= 0 || _count == 0 || apostrophe + 1 >= _text.Length || !char.IsLetter(_text[apostrophe + 1]))
            {
                return;
            }

            var last = _tokens[_count - 1];
            if (last.End == apostrophe && last.Script == TokenScript.Latin && Elisions.Contains(_folded.AsSpan(last.FoldStart, last.FoldLength)))
            {
                _length = last.FoldStart;
                _count--;
            }
        }

        public TokenizedText Result(TokenBuffers? reuse)
        {
            if (reuse is not null)
            {
                (reuse.Folded, reuse.Tokens) = (_folded, _tokens);
            }

            return new(_text, _folded, _tokens, _count);
        }
    }
}
