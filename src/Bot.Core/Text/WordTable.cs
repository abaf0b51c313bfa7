using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bot.Core.Text;

/// <summary>
/// Words → lists of ints (the ids of the patterns that start with them, say), looked up by span and
/// <see cref="WordHash"/>. Filled with <see cref="Add(string, int)"/>, then packed by <see cref="Freeze"/> for lookups.
/// At thousands of rules the table no longer fits in the CPU caches and every read of it may miss, so it is laid out
/// for few reads: open addressing over 8-byte slots (32 bits of the hash and where the word's entry is), and each entry
/// in one flat array, its ids then its length and characters side by side. A word that is found costs two reads, its
/// slot and its entry; one that is not, usually none: a small bit filter in front (two bits per word, a few KiB that
/// stay in the cache) answers most absent words without the table.
/// </summary>
internal sealed class WordTable
{
    private const int MaxFilterWords = 1 << 12;

    private readonly Dictionary<(string Word, ulong Key), List<int>> _added = [];

    private ulong[] _slots = [0];
    private int _shift = 64;
    private ulong[] _filter = [0];

    // Per word: the number of ids, the ids, the word's length, then its characters two to an int.
    private int[] _entries = [];

    public bool IsFrozen { get; private set; }

    /// <summary>Adds <paramref name="id"/> to the ids of <paramref name="word"/>, after those added before.</summary>
    public void Add(string word, int id) => Add(word, WordHash.Of(word), id);

    /// <summary>
    /// Adds <paramref name="id"/> under <paramref name="word"/> looked up by <paramref name="key"/> rather than by the
    /// word's own hash: a word and what follows it, say (<see cref="Get"/> compares the word, the key chooses the slot).
    /// </summary>
    public void Add(string word, ulong key, int id)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("The table is frozen; build a new one to add words.");
        }

        if (word.Length == 0)
        {
            throw new ArgumentException("An empty word cannot be looked up.", nameof(word));
        }

        if (!_added.TryGetValue((word, key), out var ids))
        {
            _added[(word, key)] = ids = [];
        }

        ids.Add(id);
    }

    /// <summary>Packs what was added for lookups; nothing can be added after.</summary>
    public void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        var size = 2;
        while (size < _added.Count * 2)
        {
            size *= 2;
        }

        _slots = new ulong[size];
        _shift = 64 - int.Log2(size);
        // 8 to 16 bits per word (fewer past 32 KiB): a word not in the table passes both bits about one time in 20 to 70.
        _filter = new ulong[Math.Clamp(size / 16, 1, MaxFilterWords)];
        _entries = new int[_added.Sum(pair => EntryLength(pair.Key.Word, pair.Value))];
        var at = 0;
        foreach (var ((word, key), ids) in _added)
        {
            Insert(key, at);
            _entries[at] = ids.Count;
            ids.CopyTo(_entries, at + 1);
            _entries[at + 1 + ids.Count] = word.Length;
            word.CopyTo(MemoryMarshal.Cast<int, char>(_entries.AsSpan(at + 2 + ids.Count)));
            at += EntryLength(word, ids);
        }

        _added.Clear();
        IsFrozen = true;
    }

    /// <summary>
    /// False when no word with <paramref name="hash"/> was added: the filter alone, small enough to inline, so a
    /// caller looking up many words that are mostly absent can skip the call to <see cref="Get"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong hash)
    {
        var (first, second) = FilterBits(hash);
        var filter = _filter;
        return (filter[first >> 6] & (1UL << first)) != 0 && (filter[second >> 6] & (1UL << second)) != 0;
    }

    /// <summary>
    /// The ids of the patterns starting with <paramref name="word"/> (whose <see cref="WordHash"/> is
    /// <paramref name="hash"/>), in the order added; empty when there are none.
    /// </summary>
    public ReadOnlySpan<int> Get(ReadOnlySpan<char> word, ulong hash)
    {
        if (!MayContain(hash))
        {
            return [];
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var fingerprint = (uint)hash;
        for (var slot = Start(hash); ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found == 0)
            {
                return [];
            }

            if ((uint)(found >> 32) != fingerprint)
            {
                continue;
            }

            var entry = _entries.AsSpan((int)(uint)found - 1);
            var ids = entry.Slice(1, entry[0]);
            var length = entry[1 + ids.Length];
            if (length == word.Length && MemoryMarshal.Cast<int, char>(entry[(2 + ids.Length)..])[..length].SequenceEqual(word))
            {
                return ids;
            }
        }
    }

    private static int EntryLength(string word, List<int> ids) => 2 + ids.Count + ((word.Length + 1) / 2);

    // The top bits choose the slot; the low 32 are the slot's fingerprint; two other parts choose the filter's bits.
    private int Start(ulong hash) => _shift == 64 ? 0 : (int)(hash >> _shift);

    private (int First, int Second) FilterBits(ulong hash)
    {
        var mask = (_filter.Length << 6) - 1;
        return ((int)(hash >> 8) & mask, (int)(hash >> 40) & mask);
    }

    private void Insert(ulong hash, int entry)
    {
        var (first, second) = FilterBits(hash);
        _filter[first >> 6] |= 1UL << first;
        _filter[second >> 6] |= 1UL << second;
        var mask = _slots.Length - 1;
        var slot = Start(hash);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = ((ulong)(uint)hash << 32) | (uint)(entry + 1);
    }
}
