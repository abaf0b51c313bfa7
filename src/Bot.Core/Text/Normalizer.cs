namespace Bot.Core.Text;

/// <summary>
/// The one normalisation applied to article text and to rule terms alike: Unicode NFKC, case folding, no accents
/// or other marks, one spelling per Arabic letter (alef forms, yeh, teh marbuta, Persian yeh and keheh), no tatweel,
/// plain quotes and spaces, ё as е, French elision dropped, words separated by single spaces, Chinese one
/// character per word. Arabic proclitics are handled at match time (<see cref="ArabicClitics"/>), because "وزير"
/// (minister) must stay a word of its own.
/// </summary>
public static class Normalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>; normalising it again changes nothing.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenizer.Tokenize(text).Forms());
}
