using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// Every term pattern of every active rule, keyed by the pattern's first word: a hash table for whole words, and a
/// character trie for the few first words that end in <c>*</c> (prefixes). A page is read once: each word is
/// looked up (from each point an Arabic proclitic may end), and only the patterns whose first word matched are
/// checked further, so the cost follows the page, not the number of rules. One probe per word, rather than one
/// trie step per character, matters because at thousands of rules the index no longer fits in the CPU caches.
/// </summary>
internal sealed class TermIndex
{
    private const int MaxClitics = 6;

    // Edge flag: prefix patterns whose first word is the path to the child.
    private const int PrefixEnds = 1;

    private readonly WordTable _exact = new();
    private readonly EdgeTable _edges = new();
    private readonly List<int[]?> _prefix = [null];
    private readonly List<PatternToken[]> _patterns = [];

    // The first three letters of every prefix term (two for two-letter terms), as bits of small sets: most words
    // start no prefix term, and these say so without walking the trie. A one-letter prefix term turns the test off.
    private readonly ulong[] _threeLetterStarts = new ulong[64];
    private readonly ulong[] _twoLetterStarts = new ulong[64];
    private bool _oneLetterPrefix;

    public int PatternCount => _patterns.Count;

    public PatternToken[] Pattern(int id) => _patterns[id];

    /// <summary>Adds a pattern and returns its id.</summary>
    public int Add(PatternToken[] pattern)
    {
        var id = _patterns.Count;
        _patterns.Add(pattern);
        var first = pattern[0];
        if (first.Form.Length == 0)
        {
            throw new ArgumentException("A pattern's first word is never empty.", nameof(pattern));
        }

        if (!first.Prefix)
        {
            _exact.Add(first.Form, id);
            return id;
        }

        var (parent, node) = (0, 0);
        foreach (var c in first.Form)
        {
            if (!_edges.TryGet(node, c, out var child))
            {
                child = _prefix.Count;
                _prefix.Add(null);
                _edges.Add(node, c, child);
            }

            (parent, node) = (node, child);
        }

        _prefix[node] = [.. _prefix[node] ?? [], id];
        _edges.AddFlags(parent, first.Form[^1], PrefixEnds);
        var form = first.Form;
        switch (form.Length)
        {
            case 1:
                _oneLetterPrefix = true;
                break;
            case 2:
                Set(_twoLetterStarts, StartBit(form[0], form[1], '\0'));
                break;
            default:
                Set(_threeLetterStarts, StartBit(form[0], form[1], form[2]));
                break;
        }

        return id;
    }

    /// <summary>Reports every pattern occurrence in <paramref name="text"/>, skipping tokens marked in <paramref name="skip"/>.</summary>
    public void Find(TokenizedText text, bool[] skip, List<Hit> hits)
    {
        Span<int> starts = stackalloc int[MaxClitics];
        for (var i = 0; i < text.Count; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var form = text.Form(i);
            if (text[i].Script != TokenScript.Arabic)
            {
                Walk(text, skip, i, form, hits);
                continue;
            }

            var count = ArabicClitics.Starts(form, starts);
            for (var s = 0; s < count; s++)
            {
                Walk(text, skip, i, form[starts[s]..], hits);
            }
        }
    }

    // Prefix patterns first, shortest first, then the patterns whose first word is the whole word.
    private void Walk(TokenizedText text, bool[] skip, int index, ReadOnlySpan<char> word, List<Hit> hits)
    {
        var node = 0;
        var mayStartPrefix = _oneLetterPrefix
            || (word.Length >= 2 && IsSet(_twoLetterStarts, StartBit(word[0], word[1], '\0')))
            || (word.Length >= 3 && IsSet(_threeLetterStarts, StartBit(word[0], word[1], word[2])));
        for (var k = 0; mayStartPrefix && k < word.Length; k++)
        {
            if (!_edges.TryGet(node, word[k], out node, out var flags))
            {
                break;
            }

            if ((flags & PrefixEnds) != 0)
            {
                Complete(text, skip, index, _prefix[node]!, hits);
            }
        }

        if (_exact.Get(word) is { } exact)
        {
            Complete(text, skip, index, exact, hits);
        }
    }

    private static int StartBit(char first, char second, char third) =>
        (int)((((ulong)first << 32) | ((ulong)second << 16) | third) * 0x9E3779B97F4A7C15UL >> 52);

    private static void Set(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << bit;

    private static bool IsSet(ulong[] bits, int bit) => (bits[bit >> 6] & (1UL << bit)) != 0;

    private void Complete(TokenizedText text, bool[] skip, int index, int[] candidates, List<Hit> hits)
    {
        foreach (var id in candidates)
        {
            var pattern = _patterns[id];
            var end = index + 1;
            for (var p = 1; p < pattern.Length; p++, end++)
            {
                if (end >= text.Count || skip[end] || text[end].AfterStop || !WordMatches(text, end, pattern[p]))
                {
                    end = -1;
                    break;
                }
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

    private static bool WordMatches(TokenizedText text, int index, PatternToken token)
    {
        var form = text.Form(index);
        if (text[index].Script != TokenScript.Arabic)
        {
            return token.Matches(form);
        }

        Span<int> starts = stackalloc int[MaxClitics];
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
