namespace Bot.Core.Text;

/// <summary>The arrays a <see cref="Tokenizer"/> may fill again for the next text on the same thread.</summary>
internal sealed class TokenBuffers
{
    public char[]? Folded { get; set; }

    public Token[]? Tokens { get; set; }
}
