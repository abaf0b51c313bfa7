using System.Runtime.CompilerServices;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// Words → the ids of the patterns that start with them, looked up by span and <see cref="WordHash"/>. Filled
/// with <see cref="Add"/>, then packed by <see cref="Freeze"/> for lookups: open addressing over slots that hold
/// the whole hash, so a word not in the table is told apart without reading any string, and the words and ids in
/// two flat arrays, so a word that is found costs three reads (slot, characters, ids) rather than a chain of
/// objects. At thousands of rules the table no longer fits in the CPU caches and each of those reads may miss. A
/// small bit filter in front (two bits per word, a few KiB that stay in the cache) answers most absent words
/// without the table.
/// </summary>
internal sealed class WordTable
{
    private const int MaxFilterWords = 1 << 12;

    private readonly Dictionary<string, List<int>> _added = new(StringComparer.Ordinal);

    private Slot[] _slots = [default];
    private int _shift = 64;
    private ulong[] _filter = [0];
    private char[] _words = [];
    private int[] _ids = [0];

    public bool IsFrozen { get; private set; }

    /// <summary>Adds <paramref name="id"/> to the ids of <paramref name="word"/>, after those added before.</summary>
    public void Add(string word, int id)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("The table is frozen; build a new one to add words.");
        }

        // The packed form stores a word's length in one character.
        if (word.Length is 0 or > char.MaxValue)
        {
            throw new ArgumentException($"A word of {word.Length:N0} characters cannot be looked up.", nameof(word));
        }

        if (!_added.TryGetValue(word, out var ids))
        {
            _added[word] = ids = [];
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

        _slots = new Slot[size];
        _shift = 64 - int.Log2(size);
        // 8 to 16 bits per word (fewer past 32 KiB): a word not in the table passes both bits about one time in 20 to 70.
        _filter = new ulong[Math.Clamp(size / 16, 1, MaxFilterWords)];
        _words = new char[_added.Sum(pair => pair.Key.Length + 1)];
        _ids = new int[1 + _added.Sum(pair => pair.Value.Count + 1)]; // offset 0 marks an empty slot
        var (wordAt, idsAt) = (0, 1);
        foreach (var (word, ids) in _added)
        {
            var hash = WordHash.Of(word);
            Insert(new Slot(hash, wordAt, idsAt));
            _words[wordAt] = (char)word.Length;
            word.CopyTo(_words.AsSpan(wordAt + 1));
            wordAt += word.Length + 1;
            _ids[idsAt] = ids.Count;
            ids.CopyTo(_ids, idsAt + 1);
            idsAt += ids.Count + 1;
        }

        _added.Clear();
        IsFrozen = true;
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
        for (var slot = Start(hash); ; slot = (slot + 1) & mask)
        {
            ref readonly var found = ref slots[slot];
            if (found.Ids == 0)
            {
                return [];
            }

            if (found.Hash == hash && _words.AsSpan(found.Word + 1, _words[found.Word]).SequenceEqual(word))
            {
                return _ids.AsSpan(found.Ids + 1, _ids[found.Ids]);
            }
        }
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

    // The top bits choose the slot; two other parts of the hash choose the filter's bits.
    private int Start(ulong hash) => _shift == 64 ? 0 : (int)(hash >> _shift);

    private (int First, int Second) FilterBits(ulong hash)
    {
        var mask = (_filter.Length << 6) - 1;
        return ((int)(hash >> 8) & mask, (int)(hash >> 40) & mask);
    }

    private void Insert(Slot entry)
    {
        var (first, second) = FilterBits(entry.Hash);
        _filter[first >> 6] |= 1UL << first;
        _filter[second >> 6] |= 1UL << second;
        var mask = _slots.Length - 1;
        var slot = Start(entry.Hash);
        while (_slots[slot].Ids != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry;
    }

    /// <summary>A word's full hash, where its length and characters start in the words, and its ids in the ids.</summary>
    private readonly record struct Slot(ulong Hash, int Word, int Ids);
}
