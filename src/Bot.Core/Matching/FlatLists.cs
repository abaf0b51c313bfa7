namespace Bot.Core.Matching;

/// <summary>
/// Many short lists of ints (the atoms of each pattern, the rules of each trigger atom) in two flat arrays: where
/// each list starts, and the items. Reading a list costs two adjacent reads and one more, rather than a chain of
/// objects scattered over the heap, which matters at thousands of rules, when little of the index is in the cache.
/// </summary>
internal sealed class FlatLists
{
    private readonly int[] _starts;
    private readonly int[] _items;

    /// <summary>Packs <paramref name="lists"/>; a null list is empty.</summary>
    public FlatLists(IReadOnlyList<IReadOnlyCollection<int>?> lists)
    {
        _starts = new int[lists.Count + 1];
        _items = new int[lists.Sum(list => list?.Count ?? 0)];
        var at = 0;
        for (var i = 0; i < lists.Count; i++)
        {
            _starts[i] = at;
            foreach (var item in lists[i] ?? [])
            {
                _items[at++] = item;
            }
        }

        _starts[lists.Count] = at;
    }

    public ReadOnlySpan<int> this[int index] => _items.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
}
