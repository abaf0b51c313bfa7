namespace Bot.Core.Text;

/// <summary>What a folded character is to the tokenizer. Letter classes follow <see cref="TokenScript"/>'s order.</summary>
internal enum CharClass : byte
{
    Separator,
    Stop,
    Expands,
    Digit,
    Han,
    LetterOther,
    LetterLatin,
    LetterCyrillic,
    LetterArabic,
}
