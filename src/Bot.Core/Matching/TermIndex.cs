using System.Numerics;
using System.Runtime.CompilerServices;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// Every term pattern of every active rule, keyed by the pattern's first word: one hash table for whole words, one
/// for the first words that end in <c>*</c> (prefixes), and one for phrases, keyed by their leading words together
/// (see <see cref="AddChained"/>). A page is read once: each word is looked up by the
/// hash the tokenizer made while folding it (and from each point an Arabic proclitic may end), and only the
/// patterns whose first word matched are checked further, so the cost follows the page, not the number of rules.
/// Fill with <see cref="Add"/>, then <see cref="Freeze"/> before <see cref="Find"/>; frozen, it is safe to share
/// between threads.
/// </summary>
/// <remarks>
/// Prefix terms are found without a trie: the first three letters of a word choose a set of the lengths of the
/// prefix terms that start with them, most often empty, and only the word's beginnings of those lengths are
/// looked up. The tables store a pattern id doubled, plus one when the pattern has more words to check, so a
/// one-word pattern is reported without reading the pattern.
/// </remarks>
internal sealed partial class TermIndex
{
    // How many leading words at most key a phrase (a Chinese term is a word per character: "中国的网络攻击" is seven).
    private const int MaxKeyWords = 8;

    // Stored under a key that longer phrases go on from, so the lookup reads the next word and goes on.
    private const int GoesOn = -1;

    private const int StartSetBits = 14;
    private const int StartSets = 1 << StartSetBits;

    // Bits of a start set: 1 and 2 for prefix terms of one and two letters (keyed by those letters), and from 3
    // up the lengths of longer ones, with 63 standing for "63 or more".
    private const int LongestLengthBit = 63;
    private const ulong ShortLengths = 0b110;

    private readonly WordTable _exact = new();
    private readonly WordTable _chains = new();
    private readonly HashSet<(string Word, ulong Key)> _goesOn = [];
    private readonly WordTable _prefixes = new();

    // The first words of the whole-word and chain-keyed patterns, for one filter probe per word before either table.
    private readonly WordTable _firstWords = new();
    private readonly List<PatternToken[]> _patterns = [];

    // Per pattern, the letters its second word starts with (the first two, or one), or 0 when that word is Arabic
    // (it may carry a proclitic) or there is none: phrases that begin with a common word ("не", "من") mostly fail
    // at the next word, and this tells so without reading the pattern.
    private readonly List<uint> _secondStarts = [];
    private readonly ulong[] _startSets = new ulong[StartSets];

    // A bit per start set, set when the set is not empty: 2 KiB that stay in the cache, where the sets (128 KiB)
    // would not, and most words' sets are empty.
    private readonly ulong[] _nonEmptyStartSets = new ulong[StartSets / 64];

    // A bit per character that begins a prefix term of one or two letters (there are few), so the other words are
    // not looked up for them.
    private readonly ulong[] _shortPrefixStarts = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>Adds a pattern and returns its id.</summary>
    public int Add(PatternToken[] pattern)
    {
        var id = _patterns.Count;
        var first = pattern[0];
        var form = first.Form;
        if (form.Length == 0)
        {
            throw new ArgumentException("A pattern's first word is never empty.", nameof(pattern));
        }

        _patterns.Add(pattern);
        _secondStarts.Add(pattern.Length > 1 ? StartOf(pattern[1]) : 0);
        var code = (id << 1) | (pattern.Length > 1 ? 1 : 0);
        if (!first.Prefix)
        {
            _firstWords.Add(form, 0);
        }

        if (!first.Prefix && pattern.Length > 1 && IsChainKeyed(pattern[1]))
        {
            AddChained(pattern, code);
            return id;
        }

        if (!first.Prefix)
        {
            _exact.Add(form, code);
            return id;
        }

        _prefixes.Add(form, code);
        var set = StartSet(form);
        _startSets[set] |= 1UL << Math.Min(form.Length, LongestLengthBit);
        _nonEmptyStartSets[set >> 6] |= 1UL << set;
        if (form.Length < 3)
        {
            _shortPrefixStarts[form[0] >> 6] |= 1UL << form[0];
        }

        return id;
    }

    /// <summary>Packs the tables for lookups; no pattern can be added after.</summary>
    public void Freeze()
    {
        _exact.Freeze();
        _chains.Freeze();
        _goesOn.Clear();
        _firstWords.Freeze();
        _prefixes.Freeze();
    }

    /// <summary>Reports every pattern occurrence in <paramref name="text"/>, skipping tokens marked in <paramref name="skip"/>.</summary>
    public void Find(TokenizedText text, bool[] skip, List<Hit> hits)
    {
        if (!_exact.IsFrozen)
        {
            throw new InvalidOperationException("Freeze the index before looking words up.");
        }

        Span<int> starts = stackalloc int[ArabicClitics.MaxStarts];
        for (var i = 0; i < text.Count; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var form = text.Form(i);
            Look(text, skip, i, form, text[i].Hash, hits);
            if (text[i].Script != TokenScript.Arabic)
            {
                continue;
            }

            var count = ArabicClitics.Starts(form, starts);
            for (var s = 1; s < count; s++)
            {
                var stem = form[starts[s]..];
                Look(text, skip, i, stem, WordHash.Of(stem), hits);
            }
        }
    }

    // Prefix patterns first, shortest first, then, when the word begins any other pattern (one probe of a filter
    // answers most words), the patterns whose first word is the whole word, then those whose first two words are
    // this one and the next (next is 0 when a phrase cannot go on past this word).
    private void Look(TokenizedText text, bool[] skip, int index, ReadOnlySpan<char> word, ulong hash, List<Hit> hits)
    {
        if (PrefixLengths(word) is var lengths and not 0)
        {
            LookPrefixes(text, skip, index, word, lengths, hits);
        }

        if (!_firstWords.MayContain(hash))
        {
            return;
        }

        if (_exact.MayContain(hash) && _exact.Get(word, hash) is { IsEmpty: false } exact)
        {
            Complete(text, skip, index, exact, hits);
        }

        LookChains(text, skip, index, word, hash, hits);
    }

    // The phrases keyed by this word and the ones after it, a word further at each step while some go on.
    private void LookChains(TokenizedText text, bool[] skip, int index, ReadOnlySpan<char> word, ulong hash, List<Hit> hits)
    {
        var key = hash;
        for (var next = index + 1; next - index < MaxKeyWords && NextHash(text, skip, next - 1) is var nextHash and not 0; next++)
        {
            key = ChainKey(key, nextHash);
            if (!_chains.MayContain(key) || _chains.Get(word, key) is not { IsEmpty: false } chained)
            {
                return;
            }

            Complete(text, skip, index, chained, hits);
            if (!chained.Contains(GoesOn))
            {
                return;
            }
        }
    }

    // A phrase is stored under the key of as many of its first words as can be hashed as they stand (up to
    // MaxKeyWords), and each shorter key of those words marks that it goes on: "网络" begins dozens of terms,
    // and keyed by its first two words alone each of them would be checked at every "网络" of a page.
    private void AddChained(PatternToken[] pattern, int code)
    {
        var form = pattern[0].Form;
        var key = WordHash.Of(form);
        var words = 1;
        while (words < pattern.Length && words < MaxKeyWords && IsChainKeyed(pattern[words]))
        {
            if (words > 1 && _goesOn.Add((form, key)))
            {
                _chains.Add(form, key, GoesOn);
            }

            key = ChainKey(key, WordHash.Of(pattern[words].Form));
            words++;
        }

        _chains.Add(form, key, code);
    }

    // The hash of the word after the index when a phrase may go on to it: not boilerplate, nothing breaking between.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NextHash(TokenizedText text, bool[] skip, int index) =>
        Continues(text, skip, index + 1) ? text[index + 1].Hash : 0;

    // Phrases are found by their first words at once while those are whole words read as they stand (not a
    // prefix, and not Arabic, which may carry a proclitic): "the" begins hundreds of group names ("The Dukes"), and
    // one Chinese character hundreds of terms, so keyed by the first word alone each of them would be checked
    // against every "the" of a page.
    private static bool IsChainKeyed(PatternToken word) =>
        !word.Prefix && !word.AfterGap && Tokenizer.ScriptOf(word.Form[0]) != TokenScript.Arabic;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ChainKey(ulong first, ulong second)
    {
        var key = (first ^ BitOperations.RotateLeft(second, 29)) * 0xFF51AFD7ED558CCDUL;
        return key ^ (key >> 32);
    }

    private void LookPrefixes(TokenizedText text, bool[] skip, int index, ReadOnlySpan<char> word, ulong lengths, List<Hit> hits)
    {
        // Usually one length or two: each is hashed on its own.
        for (var rest = lengths; rest != 0; rest &= rest - 1)
        {
            var length = BitOperations.TrailingZeroCount(rest);
            if (length > word.Length)
            {
                break;
            }

            if (length == LongestLengthBit)
            {
                LookLongPrefixes(text, skip, index, word, hits);
                break;
            }

            var prefix = word[..length];
            var hash = WordHash.Of(prefix);
            if (_prefixes.MayContain(hash) && _prefixes.Get(prefix, hash) is { IsEmpty: false } prefixed)
            {
                Complete(text, skip, index, prefixed, hits);
            }
        }
    }

    // Prefix terms of 63 letters or more: each of the word's beginnings that long is looked up.
    private void LookLongPrefixes(TokenizedText text, bool[] skip, int index, ReadOnlySpan<char> word, List<Hit> hits)
    {
        for (var length = LongestLengthBit; length <= word.Length; length++)
        {
            var prefix = word[..length];
            if (_prefixes.Get(prefix, WordHash.Of(prefix)) is { IsEmpty: false } prefixed)
            {
                Complete(text, skip, index, prefixed, hits);
            }
        }
    }

    // The lengths of the prefix terms that may start the word: those of its first three letters' set that the
    // word is long enough for, and, when there are prefix terms that short, those of its first one or two.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong PrefixLengths(ReadOnlySpan<char> word)
    {
        var lengths = word.Length >= 3 ? LengthsOf(StartSet(word)) & ~ShortLengths : 0;
        if ((_shortPrefixStarts[word[0] >> 6] & (1UL << word[0])) != 0)
        {
            lengths |= LengthsOf(StartSet(word[..1])) & (1UL << 1);
            lengths |= word.Length >= 2 ? LengthsOf(StartSet(word[..2])) & (1UL << 2) : 0;
        }

        // Lengths beyond the word's own are left in: LookPrefixes stops at the first of them.
        return lengths;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong LengthsOf(int set) => (_nonEmptyStartSets[set >> 6] & (1UL << set)) == 0 ? 0 : _startSets[set];

    // Which start set a word's first letters (three, or fewer for short prefix terms) belong to.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StartSet(ReadOnlySpan<char> word)
    {
        var key = word.Length switch
        {
            1 => word[0],
            2 => ((ulong)word[0] << 16) | word[1] | (1UL << 48),
            _ => ((ulong)word[0] << 32) | ((ulong)word[1] << 16) | word[2] | (2UL << 48),
        };
        return (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - StartSetBits));
    }

    private void Complete(TokenizedText text, bool[] skip, int index, ReadOnlySpan<int> codes, List<Hit> hits)
    {
        foreach (var code in codes)
        {
            if (code == GoesOn)
            {
                continue;
            }

            var id = code >> 1;
            var end = index + 1;
            if ((code & 1) != 0)
            {
                if (!StartsAs(text, end, _secondStarts[id]))
                {
                    continue;
                }

                end = MatchRest(text, skip, end, _patterns[id]);
            }

            if (end > 0 && !Seen(hits, new Hit(index, end, id)))
            {
                hits.Add(new Hit(index, end, id));
            }
        }
    }

    // Hits arrive in token order, so a duplicate (the same word read from two proclitic splits) is at the end.
    private static bool Seen(List<Hit> hits, Hit hit)
    {
        for (var j = hits.Count - 1; j >= 0 && hits[j].Start == hit.Start; j--)
        {
            if (hits[j] == hit)
            {
                return true;
            }
        }

        return false;
    }
}
