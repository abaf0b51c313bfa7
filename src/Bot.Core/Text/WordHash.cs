using System.Numerics;
using System.Runtime.InteropServices;

namespace Bot.Core.Text;

/// <summary>
/// The 64-bit hash of a folded word, the one every word table is keyed by. The tokenizer makes it for each word
/// as it closes it, while the letters are in the cache, so no later pass reads them again to look the word up.
/// Four characters at a time, then a final mix, so that the top bits (which choose table slots) and the low
/// bits (fingerprints) each depend on every character.
/// </summary>
internal static class WordHash
{
    public static ulong Of(ReadOnlySpan<char> word)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)word.Length;
        var blocks = MemoryMarshal.Cast<char, ulong>(word);
        foreach (var block in blocks)
        {
            hash = BitOperations.RotateLeft((hash ^ block) * 0xFF51AFD7ED558CCDUL, 31);
        }

        var tail = 0UL;
        foreach (var c in word[(blocks.Length * 4)..])
        {
            tail = (tail << 16) | c;
        }

        hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        return hash ^ (hash >> 29);
    }
}
