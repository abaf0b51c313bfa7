namespace Bot.Core.Text;

/// <summary>A range of the original text: <c>text[Start..End]</c>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
