using System.Collections.Frozen;

namespace Bot.Core.Text;

/// <summary>
/// A fixed set of folded words looked up by span: the short word lists that rules of grammar read (prepositions,
/// verbs of speech, nouns of a kind), written as the tokenizer folds them ("gegenuber", "ministere", "سفاره").
/// </summary>
internal sealed class WordSet(params string[] words)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
        FrozenSet.Create(StringComparer.Ordinal, words).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>Whether the word is in the set, or, for an Arabic word, what follows one of its proclitics ("والسفارة").</summary>
    public bool ContainsStem(ReadOnlySpan<char> word, TokenScript script)
    {
        if (script != TokenScript.Arabic)
        {
            return Contains(word);
        }

        Span<int> starts = stackalloc int[ArabicClitics.MaxStarts];
        var count = ArabicClitics.Starts(word, starts);
        for (var s = 0; s < count; s++)
        {
            if (Contains(word[starts[s]..]))
            {
                return true;
            }
        }

        return false;
    }
}
