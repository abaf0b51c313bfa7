using System.Globalization;
using System.Text;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Guesses the 8-bit or CJK code page of a body that is neither valid UTF-8 nor honestly declared. Each candidate
/// must decode the bytes without error; the one whose non-ASCII text is most made of letters of a single script
/// wins (lower case counting more, which tells windows-1251 from KOI8-R). Ties go to the earlier candidate.
/// </summary>
internal static class LegacyEncodingGuess
{
    private const int LatinScript = 5;

    // windows-1252 first: Latin text decodes the same in windows-1256, and a tie should name the common one.
    private static readonly string[] Candidates = ["windows-1252", "windows-1251", "koi8-r", "windows-1256", "iso-8859-6", "gb18030", "big5"];

    public static (string Label, string Text) Guess(ReadOnlySpan<byte> body)
    {
        (string Label, string Text, double Score) best = ("windows-1252", FeedDecoder.Lookup("windows-1252")!.GetString(body), double.MinValue);
        foreach (var label in Candidates)
        {
            string text;
            try
            {
                text = FeedDecoder.Lookup(label)!.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            var score = Score(text);
            if (score > best.Score)
            {
                best = (label, text, score);
            }
        }

        return (best.Label, best.Text);
    }

    // The share of non-ASCII characters that are letters of the dominant script (lower case weighing more),
    // less twice the letters of other scripts.
    private static double Score(string text)
    {
        var perScript = new Dictionary<int, double>();
        var nonAscii = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            var category = char.GetUnicodeCategory(c);
            var weight = category switch
            {
                UnicodeCategory.LowercaseLetter => 1.0,
                UnicodeCategory.OtherLetter => 1.0,
                UnicodeCategory.UppercaseLetter => 0.4,
                _ => 0.0,
            };
            var script = ScriptOf(c);
            // Only Latin words mix ASCII and other letters ("dément"); a Cyrillic or Arabic letter inside an
            // ASCII word means the wrong code page.
            if (weight > 0 && script != LatinScript && (IsAsciiLetterAt(text, i - 1) || IsAsciiLetterAt(text, i + 1)))
            {
                weight = -1;
            }

            // And Latin words are mostly ASCII: a run of accented letters is another script read wrongly.
            if (weight > 0 && script == LatinScript && IsOtherLetterAt(text, i - 1) && IsOtherLetterAt(text, i + 1))
            {
                weight = -1;
            }

            if (weight != 0)
            {
                perScript[script] = perScript.GetValueOrDefault(script) + weight;
            }
        }

        if (nonAscii == 0)
        {
            return 0;
        }

        var dominant = perScript.Count == 0 ? 0 : perScript.Values.Max();
        var others = perScript.Values.Where(v => v > 0).Sum() - Math.Max(dominant, 0) - perScript.Values.Where(v => v < 0).Sum();
        return (dominant - (2 * others)) / nonAscii;
    }

    private static bool IsAsciiLetterAt(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiLetter(text[i]);

    private static bool IsOtherLetterAt(string text, int i) => i >= 0 && i < text.Length && text[i] >= 0x80 && char.IsLetter(text[i]);

    // Coarse Unicode blocks: enough to see that a decoding mixes scripts, which real text does not.
    private static int ScriptOf(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => 1,
        >= '\u0600' and <= '\u06FF' => 2,
        >= '\u4E00' and <= '\u9FFF' => 3,
        >= '\u0590' and <= '\u05FF' => 4,
        >= '\u0080' and <= '\u024F' => LatinScript,
        _ => 6,
    };
}
