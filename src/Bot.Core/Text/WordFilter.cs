namespace Bot.Core.Text;

/// <summary>
/// A few words as 4,096 bits chosen by their <see cref="WordHash"/>: false means a word is surely not one of them,
/// told from the hash the tokenizer already made, without reading the word's letters again. Meant for small sets
/// (tens of words) looked up for nearly every word of a page, in front of the exact lookup.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[64];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var hash = WordHash.Of(word);
            _bits[(int)(hash >> 58)] |= 1UL << (int)(hash >> 52);
        }
    }

    public bool MayContain(ulong hash) => (_bits[(int)(hash >> 58)] & (1UL << (int)(hash >> 52))) != 0;
}
