namespace Bot.Core.Text;

/// <summary>What a folded character is to the tokenizer. Letter classes follow <see cref="TokenScript"/>'s order.</summary>
internal enum CharClass : byte
{
    Separator,

    /// <summary>Between words, and a phrase does not run across it: a comma, colon, bracket or quote.</summary>
    Break,
    Stop,
    Expands,
    Digit,
    Han,
    LetterOther,
    LetterLatin,
    LetterCyrillic,
    LetterArabic,
}
