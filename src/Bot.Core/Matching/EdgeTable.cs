using System.Numerics;

namespace Bot.Core.Matching;

/// <summary>
/// The trie's edges, (node, character) → child, in one open-addressing table: a lookup is a multiply, a shift and
/// usually one probe, which matters because it runs for nearly every character of every article. Each slot packs
/// the key and the child into one <see cref="ulong"/>, so a probe reads one cache line, not one per array: the
/// table outgrows the CPU caches at thousands of rules, and a miss costs more than the rest of the lookup. Two flag
/// bits per edge tell whether patterns end at the child, so a walk reads nothing else until one does.
/// </summary>
internal sealed class EdgeTable
{
    // Slot layout, high to low: node + 1 (22 bits), the character (16), the flags (2), the child (24). A zero slot
    // is empty, so a fresh array needs no filling.
    private const int ChildBits = 24;
    private const int FlagBits = 2;
    private const int KeyShift = ChildBits + FlagBits;
    private const int MaxNode = (1 << (64 - KeyShift - 16)) - 2;

    private ulong[] _slots = new ulong[4];
    private int _shift = 62;

    public int Count { get; private set; }

    public bool TryGet(int node, char c, out int child) => TryGet(node, c, out child, out _);

    /// <summary>Finds the child of <paramref name="node"/> along <paramref name="c"/>, with the flags set on that edge.</summary>
    public bool TryGet(int node, char c, out int child, out int flags)
    {
        var slot = Find(node, c);
        var found = slot < 0 ? 0 : _slots[slot];
        child = (int)(found & ((1UL << ChildBits) - 1));
        flags = (int)(found >> ChildBits) & ((1 << FlagBits) - 1);
        return slot >= 0;
    }

    /// <summary>Sets <paramref name="flags"/> (two bits) on the existing edge from <paramref name="node"/> along <paramref name="c"/>.</summary>
    public void AddFlags(int node, char c, int flags)
    {
        var slot = Find(node, c);
        if (slot < 0 || (uint)flags >= 1 << FlagBits)
        {
            throw new InvalidOperationException("No such edge, or flags out of range.");
        }

        _slots[slot] |= (ulong)flags << ChildBits;
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

        Insert((Key(node, c) << KeyShift) | (uint)child);
        Count++;
    }

    private void Insert(ulong entry)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(entry >> KeyShift);
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

    // The slot holding the edge, or -1.
    private int Find(int node, char c)
    {
        var key = Key(node, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found >> KeyShift == key)
            {
                return slot;
            }

            if (found == 0)
            {
                return -1;
            }
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private static ulong Key(int node, char c) => ((ulong)(uint)(node + 1) << 16) | c;
}
