namespace Bot.Core.Text;

/// <summary>
/// Guesses the language of a text among the seven the bot reads: by script for Arabic, Russian and Chinese, and by
/// counting frequent short words for English, French, Spanish and German.
/// </summary>
public static class LanguageDetector
{
    public const string Unknown = "und";

    private const int MaxTokens = 200;

    private static readonly (string Language, HashSet<string> Words)[] LatinLanguages =
    [
        ("en", Words("the of and to in is that was for with on said by from has have are it his this")),
        ("fr", Words("le les des du est une dans pour sur pas au aux qui avec il elle ce cette selon ont sont")),
        ("es", Words("el los las del y por con una para es se su al lo como pero sus fue este esta segun")),
        ("de", Words("der die das und ist nicht mit den von zu ein eine auf dem sich im des auch wird nach")),
    ];

    // Which languages use each voting word, as a bit mask, by the word's hash (made by the tokenizer). Declared
    // after LatinLanguages: static fields are initialised in order.
    private static readonly WordTable LatinVotes = BuildVotes();

    // The longest voting word: longer words (most of a text) need no lookup.
    private static readonly int LongestVote = LatinLanguages.Max(language => language.Words.Max(word => word.Length));

    /// <summary>The language of <paramref name="text"/>: ar, de, en, es, fr, ru, zh, or <see cref="Unknown"/>.</summary>
    public static string Detect(string text) => Detect(Tokenizer.Tokenize(text));

    internal static string Detect(TokenizedText text)
    {
        int arabic = 0, cyrillic = 0, han = 0, latin = 0;
        Span<int> votes = stackalloc int[LatinLanguages.Length];
        // The opening of an article tells its language; reading further only costs time.
        for (var i = 0; i < Math.Min(text.Count, MaxTokens); i++)
        {
            switch (text[i].Script)
            {
                case TokenScript.Arabic: arabic++; break;
                case TokenScript.Cyrillic: cyrillic++; break;
                case TokenScript.Han: han++; break;
                case TokenScript.Latin:
                    latin++;
                    var form = text.Form(i);
                    if (form.Length <= LongestVote && LatinVotes.Get(form, text[i].Hash) is [var languages])
                    {
                        for (var l = 0; l < LatinLanguages.Length; l++)
                        {
                            votes[l] += (languages >> l) & 1;
                        }
                    }

                    break;
                default: break;
            }
        }

        // Chinese counts one token per character, so weigh it down against word-counted scripts.
        var best = Math.Max(Math.Max(arabic, cyrillic), Math.Max(han / 3, latin));
        if (best == 0)
        {
            return Unknown;
        }

        if (best == arabic)
        {
            return "ar";
        }

        if (best == cyrillic)
        {
            return "ru";
        }

        if (best == han / 3)
        {
            return "zh";
        }

        var winner = 0;
        for (var l = 1; l < votes.Length; l++)
        {
            if (votes[l] > votes[winner])
            {
                winner = l;
            }
        }

        return votes[winner] == 0 ? Unknown : LatinLanguages[winner].Language;
    }

    private static WordTable BuildVotes()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < LatinLanguages.Length; l++)
        {
            foreach (var word in LatinLanguages[l].Words)
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << l);
            }
        }

        var table = new WordTable();
        foreach (var (word, mask) in masks)
        {
            table.Add(word, mask);
        }

        table.Freeze();
        return table;
    }

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
