namespace Bot.Core.Matching;

/// <summary>
/// The atoms one article's hits feed, each with its hits in text order. An article has tens of hits, so one sort
/// of (atom, hit) pairs costs less than a dictionary of lists, and lookups are a binary search over a few atoms.
/// </summary>
internal sealed class AtomHits
{
    private readonly int[] _atoms;
    private readonly int[] _starts;
    private readonly Hit[] _hits;

    private AtomHits(int[] atoms, int[] starts, Hit[] hits)
    {
        _atoms = atoms;
        _starts = starts;
        _hits = hits;
    }

    public static AtomHits Empty { get; } = new([], [0], []);

    /// <summary>How many distinct atoms were found.</summary>
    public int Count => _atoms.Length;

    /// <summary>Groups <paramref name="hits"/> (in text order) by the atoms their patterns feed.</summary>
    public static AtomHits Build(List<Hit> hits, int[][] patternAtoms)
    {
        var pairs = 0;
        foreach (var hit in hits)
        {
            pairs += patternAtoms[hit.Pattern].Length;
        }

        if (pairs == 0)
        {
            return Empty;
        }

        // The pair's index in the key keeps each atom's hits in text order and the keys distinct; sorting the keys
        // alone (primitives) is cheaper than sorting hits along with them.
        var keys = new long[pairs];
        var unsorted = new Hit[pairs];
        var k = 0;
        foreach (var hit in hits)
        {
            foreach (var atom in patternAtoms[hit.Pattern])
            {
                keys[k] = ((long)atom << 32) | (uint)k;
                unsorted[k++] = hit;
            }
        }

        Array.Sort(keys);
        var sorted = new Hit[pairs];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = unsorted[(int)(uint)keys[i]];
        }

        var atoms = new List<int>();
        var starts = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            var atom = (int)(keys[i] >> 32);
            if (atoms.Count == 0 || atoms[^1] != atom)
            {
                atoms.Add(atom);
                starts.Add(i);
            }
        }

        starts.Add(keys.Length);
        return new AtomHits([.. atoms], [.. starts], sorted);
    }

    /// <summary>The <paramref name="index"/>th atom found, in ascending atom order.</summary>
    public int AtomAt(int index) => _atoms[index];

    /// <summary>Where <paramref name="atom"/> is among the atoms found, or a negative number when it was not found.</summary>
    public int IndexOf(int atom) => Array.BinarySearch(_atoms, atom);

    /// <summary>The hits of the <paramref name="index"/>th atom found, in text order.</summary>
    public ReadOnlySpan<Hit> HitsAt(int index) => _hits.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
}
