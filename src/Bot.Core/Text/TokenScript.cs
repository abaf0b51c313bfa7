namespace Bot.Core.Text;

/// <summary>The script of a token, as far as matching cares.</summary>
internal enum TokenScript : byte
{
    Other,
    Latin,
    Cyrillic,
    Arabic,
    Han,
}
