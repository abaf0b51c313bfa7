namespace Bot.Core.Text;

/// <summary>
/// The hash of a folded word, built one character at a time (FNV-1a), so a pass over a word also yields the hash
/// of each of its beginnings: the tokenizer hashes every word as it folds it, and the term index reads prefix
/// terms off the same pass. <see cref="Finish"/> mixes a state so that its top bits depend on every character.
/// </summary>
internal static class WordHash
{
    public const ulong Seed = 14695981039346656037UL;

    public static ulong Step(ulong state, char c) => (state ^ c) * 1099511628211UL;

    public static ulong Finish(ulong state) => state * 0x9E3779B97F4A7C15UL;

    public static ulong Of(ReadOnlySpan<char> word)
    {
        var state = Seed;
        foreach (var c in word)
        {
            state = Step(state, c);
        }

        return Finish(state);
    }
}
