using System.Numerics;

namespace Bot.Core.Matching;

/// <summary>
/// The trie's edges, (node, character) → child, in one open-addressing table: a lookup is a multiply, a shift and
/// usually one probe, which matters because it runs for nearly every character of every article.
/// </summary>
internal sealed class EdgeTable
{
    private const long Empty = -1;

    private long[] _keys = [Empty, Empty, Empty, Empty];
    private int[] _values = new int[4];
    private int _shift = 62;

    public int Count { get; private set; }

    public bool TryGet(int node, char c, out int child)
    {
        var key = Key(node, c);
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                child = _values[slot];
                return true;
            }

            if (found == Empty)
            {
                child = 0;
                return false;
            }
        }
    }

    public void Add(int node, char c, int child)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(Key(node, c), child);
        Count++;
    }

    private void Insert(long key, int value)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (_keys[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        _keys = new long[keys.Length * 2];
        Array.Fill(_keys, Empty);
        _values = new int[keys.Length * 2];
        _shift = 64 - BitOperations.Log2((uint)_keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != Empty)
            {
                Insert(keys[i], values[i]);
            }
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _shift);

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
