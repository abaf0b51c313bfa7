using System.Numerics;

namespace Bot.Core.Matching;

/// <summary>
/// The trie's edges, (node, character) → child, in one open-addressing table: a lookup is a multiply, a shift and
/// usually one probe, which matters because it runs for nearly every character of every article. Each slot packs
/// the key and the child into one <see cref="ulong"/>, so a probe reads one cache line, not one per array: the
/// table outgrows the CPU caches at thousands of rules, and a miss costs more than the rest of the lookup.
/// </summary>
internal sealed class EdgeTable
{
    // Slot layout: (node + 1) in the top 24 bits, the character in the next 16, the child in the low 24. A zero
    // slot is empty, so a fresh array needs no filling.
    private const int ChildBits = 24;
    private const int MaxNode = (1 << ChildBits) - 2;

    private ulong[] _slots = new ulong[4];
    private int _shift = 62;

    public int Count { get; private set; }

    public bool TryGet(int node, char c, out int child)
    {
        var key = Key(node, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found >> ChildBits == key)
            {
                child = (int)(found & ((1UL << ChildBits) - 1));
                return true;
            }

            if (found == 0)
            {
                child = 0;
                return false;
            }
        }
    }

    public void Add(int node, char c, int child)
    {
        if ((uint)node > MaxNode || (uint)child > MaxNode)
        {
            throw new InvalidOperationException($"The term index holds at most {MaxNode:N0} trie nodes.");
        }

        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Insert((Key(node, c) << ChildBits) | (uint)child);
        Count++;
    }

    private void Insert(ulong entry)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(entry >> ChildBits);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        _shift = 64 - BitOperations.Log2((uint)_slots.Length);
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert(entry);
            }
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private static ulong Key(int node, char c) => ((ulong)(uint)(node + 1) << 16) | c;
}
