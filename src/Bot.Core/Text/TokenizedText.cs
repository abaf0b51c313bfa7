namespace Bot.Core.Text;

/// <summary>A text cut into folded tokens that remember where they came from.</summary>
internal sealed class TokenizedText(string original, char[] folded, Token[] tokens, int count)
{
    public string Original { get; } = original;

    public int Count { get; } = count;

    public ref readonly Token this[int index] => ref tokens[index];

    /// <summary>The folded form of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Form(int index)
    {
        ref readonly var token = ref tokens[index];
        return folded.AsSpan(token.FoldStart, token.FoldLength);
    }

    public IEnumerable<string> Forms()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Form(i).ToString();
        }
    }
}
