namespace Bot.Core.Text;

/// <summary>
/// Arabic writes the conjunctions و ف, the prepositions ب ك ل and the article ال as part of the next word
/// ("والكرملين", "للانتخابات"). A word is looked up from each point where such a prefix may end; a term is stored
/// without its article, so "الكرملين" in a rule finds "وللكرملين" in an article.
/// </summary>
internal static class ArabicClitics
{
    /// <summary>The most offsets <see cref="Starts"/> reports for a word.</summary>
    public const int MaxStarts = 6;

    private const int MinStem = 2;

    /// <summary>Fills <paramref name="starts"/> with the offsets a word may be read from (0 first); returns how many.</summary>
    public static int Starts(ReadOnlySpan<char> word, Span<int> starts)
    {
        var count = 0;
        starts[count++] = 0;
        var at = 0;
        // A conjunction or preposition may stand before a word as short as the stem: "بأي" is ب + أي ("بأي أدلة").
        if (word.Length - at > MinStem && word[at] is 'و' or 'ف')
        {
            at++;
            starts[count++] = at;
        }

        if (word.Length - at > MinStem && word[at] is 'ب' or 'ك' or 'ل')
        {
            // "لل" is ل + ال with the alef dropped.
            if (word[at] == 'ل' && word.Length - at > MinStem + 2 && word[at + 1] == 'ل')
            {
                starts[count++] = at + 2;
                return count;
            }

            at++;
            starts[count++] = at;
        }

        for (var articles = 0; articles < 2 && word.Length - at > MinStem + 2 && word[at] == 'ا' && word[at + 1] == 'ل'; articles++)
        {
            at += 2;
            starts[count++] = at;
        }

        return count;
    }

    /// <summary>A rule term's Arabic word without its article: "الانتخابات" → "انتخابات".</summary>
    public static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> word) =>
        word.Length > MinStem + 3 && word[0] == 'ا' && word[1] == 'ل' ? word[2..] : word;
}
