namespace Bot.Core.Matching;

/// <summary>
/// The atoms one article's hits feed, each with its hits in text order. One per thread, filled again for each
/// article: an atom's place among those found is kept in an array indexed by atom id and stamped with the
/// article's number, so finding it is one read and starting the next article clears nothing.
/// </summary>
internal sealed class AtomHits
{
    private readonly List<int> _atoms = [];
    private Place[] _places = [];
    private int _stamp;
    private int[] _starts = new int[16];
    private Hit[] _hits = new Hit[64];
    private long[] _pairs = new long[64];
    private (int Atom, Hit By)[] _vetoes = new (int, Hit)[8];

    /// <summary>How many distinct atoms were found.</summary>
    public int Count => _atoms.Count;

    /// <summary>
    /// Groups <paramref name="hits"/> (in text order) by the atoms their patterns feed, which
    /// <see cref="Patterns.Atoms"/> lists for each pattern; atoms are numbered below <paramref name="atomCount"/>.
    /// A hit does not feed an atom that a hit of one of its exclusions overlaps (<see cref="Patterns.Vetoes"/>), nor
    /// anything when none of its pattern's antecedents was found before it (<see cref="Patterns.Antecedents"/>).
    /// </summary>
    public void Build(List<Hit> hits, Patterns patterns, int atomCount)
    {
        NextArticle(atomCount);
        var atoms = _atoms;
        var vetoes = patterns.Vetoes is null ? 0 : Vetoes(hits, patterns.Vetoes);

        // First each (hit, atom) pair's atom slot, counting the hits of each atom, which says where its hits
        // start; then the hits, in text order.
        var pairs = 0;
        for (var h = 0; h < hits.Count; h++)
        {
            if (patterns.Antecedents is { } antecedents && !AntecedentFound(hits, h, antecedents[hits[h].Pattern]))
            {
                continue;
            }

            foreach (var atom in patterns.Atoms[hits[h].Pattern])
            {
                if (vetoes > 0 && Vetoed(hits[h], atom, vetoes))
                {
                    continue;
                }

                ref var place = ref _places[atom];
                if (place.Stamp != _stamp)
                {
                    place = new Place(_stamp, atoms.Count);
                    atoms.Add(atom);
                    Grow(ref _starts, atoms.Count + 1);
                    _starts[atoms.Count] = 0;
                }

                var slot = place.Slot;
                _starts[slot + 1]++;
                Grow(ref _pairs, pairs + 1);
                _pairs[pairs++] = ((long)h << 32) | (uint)slot;
            }
        }

        for (var a = 1; a <= atoms.Count; a++)
        {
            _starts[a] += _starts[a - 1];
        }

        Grow(ref _hits, pairs);
        for (var p = 0; p < pairs; p++)
        {
            // An atom's start serves as its cursor, which leaves it at the next atom's start; shifted back below.
            var pair = _pairs[p];
            _hits[_starts[(int)(uint)pair]++] = hits[(int)(pair >> 32)];
        }

        for (var a = atoms.Count; a > 0; a--)
        {
            _starts[a] = _starts[a - 1];
        }

        _starts[0] = 0;
    }

    // Whether a hit of one of the antecedents starts before hit h (hits are in text order); true when it has none.
    private static bool AntecedentFound(List<Hit> hits, int h, ReadOnlySpan<int> antecedents)
    {
        if (antecedents.IsEmpty)
        {
            return true;
        }

        for (var earlier = h - 1; earlier >= 0; earlier--)
        {
            if (hits[earlier].Start < hits[h].Start && antecedents.Contains(hits[earlier].Pattern))
            {
                return true;
            }
        }

        return false;
    }

    // The hits of exclusions, one entry per atom each vetoes; how many there are. Few pages have any.
    private int Vetoes(List<Hit> hits, FlatLists patternVetoes)
    {
        var count = 0;
        foreach (var hit in hits)
        {
            foreach (var atom in patternVetoes[hit.Pattern])
            {
                Grow(ref _vetoes, count + 1);
                _vetoes[count++] = (atom, hit);
            }
        }

        return count;
    }

    private bool Vetoed(Hit hit, int atom, int vetoes)
    {
        foreach (var (vetoed, by) in _vetoes.AsSpan(0, vetoes))
        {
            if (vetoed == atom && hit.Start < by.End && by.Start < hit.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <paramref name="index"/>th atom found, in the order of their first hits.</summary>
    public int AtomAt(int index) => _atoms[index];

    /// <summary>Where <paramref name="atom"/> is among the atoms found, or -1 when it was not found.</summary>
    public int IndexOf(int atom) => _places[atom] is var place && place.Stamp == _stamp ? place.Slot : -1;

    /// <summary>The hits of the <paramref name="index"/>th atom found, in text order.</summary>
    public ReadOnlySpan<Hit> HitsAt(int index) => _hits.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    private void NextArticle(int atomCount)
    {
        _atoms.Clear();
        _starts[0] = 0;
        if (_places.Length < atomCount)
        {
            _places = new Place[atomCount];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_places);
            _stamp = 1;
        }
    }

    /// <summary>
    /// What the compiled rules say of each pattern: the atoms it feeds, those it vetoes where it occurs (null when no
    /// pattern vetoes any), and the patterns one of which must come before it (null when none has any).
    /// </summary>
    public readonly record struct Patterns(FlatLists Atoms, FlatLists? Vetoes = null, FlatLists? Antecedents = null);

    /// <summary>An atom's place among those found, valid when stamped with the current article's number.</summary>
    private readonly record struct Place(int Stamp, int Slot);

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }
}
