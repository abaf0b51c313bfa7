namespace Bot.Core.Matching;

/// <summary>
/// Words → the ids of the patterns that start with them, looked up by span. Open addressing over one
/// <see cref="ulong"/> per slot (a fingerprint of the word's hash and the entry): most words of an article start no
/// pattern, and for those a lookup reads one slot and no string, however many rules there are. A small bit filter
/// in front (two bits per word, a few KiB that stay in the CPU cache) answers most of those without the table.
/// </summary>
internal sealed class WordTable
{
    private const int MaxFilterWords = 1 << 12;

    private readonly List<string> _words = [];
    private readonly List<int[]> _ids = [];

    private ulong[] _slots = new ulong[8];
    private int _shift = 61;
    private ulong[] _filter = new ulong[1];

    /// <summary>Adds <paramref name="id"/> to the ids of <paramref name="word"/>, after those added before.</summary>
    public void Add(string word, int id)
    {
        if (Find(word, Hash(word)) is var entry and >= 0)
        {
            _ids[entry] = [.. _ids[entry], id];
            return;
        }

        _words.Add(word);
        _ids.Add([id]);
        if (_words.Count * 2 > _slots.Length)
        {
            Grow();
        }
        else
        {
            Insert(_words.Count - 1);
        }
    }

    /// <summary>The ids of the patterns starting with <paramref name="word"/>, in the order added, or null.</summary>
    public int[]? Get(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        return MayContain(hash) && Find(word, hash) is var entry and >= 0 ? _ids[entry] : null;
    }

    private bool MayContain(ulong hash)
    {
        var (first, second) = FilterBits(hash);
        return (_filter[first >> 6] & (1UL << first)) != 0 && (_filter[second >> 6] & (1UL << second)) != 0;
    }

    // Two bits of the filter from parts of the hash that neither the slot (top bits) nor the fingerprint uses alone.
    private (int First, int Second) FilterBits(ulong hash)
    {
        var mask = (_filter.Length << 6) - 1;
        return ((int)(hash >> 8) & mask, (int)(hash >> 40) & mask);
    }

    private int Find(ReadOnlySpan<char> word, ulong hash)
    {
        var mask = _slots.Length - 1;
        var fingerprint = (uint)hash;
        for (var slot = (int)(hash >> _shift); ; slot = (slot + 1) & mask)
        {
            var found = _slots[slot];
            if (found == 0)
            {
                return -1;
            }

            var entry = (int)(uint)found - 1;
            if ((uint)(found >> 32) == fingerprint && word.SequenceEqual(_words[entry]))
            {
                return entry;
            }
        }
    }

    private void Insert(int entry)
    {
        var hash = Hash(_words[entry]);
        var (first, second) = FilterBits(hash);
        _filter[first >> 6] |= 1UL << first;
        _filter[second >> 6] |= 1UL << second;
        var mask = _slots.Length - 1;
        var slot = (int)(hash >> _shift);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = ((ulong)(uint)hash << 32) | (uint)(entry + 1);
    }

    private void Grow()
    {
        _slots = new ulong[_slots.Length * 2];
        _shift--;
        // 8 to 16 bits per word (fewer past 32 KiB): a word not in the table passes both bits about one time in 20 to 70.
        _filter = new ulong[Math.Clamp(_slots.Length / 16, 1, MaxFilterWords)];
        for (var entry = 0; entry < _words.Count; entry++)
        {
            Insert(entry);
        }
    }

    // FNV-1a, then a multiply so the top bits (the slot) depend on every character.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash * 0x9E3779B97F4A7C15UL;
    }
}
