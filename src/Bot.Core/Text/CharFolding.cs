using System.Globalization;
using System.Text;

namespace Bot.Core.Text;

/// <summary>
/// Folds one character to its matching form: NFKC, lower case, no accents or other marks, one form per Arabic
/// letter, Simplified for Traditional Chinese (so "發言人" in a Hong Kong or Taiwan page is "发言人"), plain quotes
/// and spaces. Built once as a table over the Basic Multilingual Plane so folding a page is a lookup per character.
/// </summary>
internal static class CharFolding
{
    private const string TraditionalResource = "Bot.Core.Text.Data.traditional-chinese.txt";

    // Read before Table is built from it (static fields are initialised in order).
    private static readonly Dictionary<char, char> Traditional = LoadTraditional();

    private static readonly string?[] Table = Build();

    // The common case, precomputed: the one character a character folds to (low 16 bits) and what that character
    // is (the class, above): one load per character of a page.
    private static readonly uint[] SingleTable = BuildSingle();

    /// <summary>The folded form of <paramref name="c"/>: empty for marks and invisible characters; null when unchanged.</summary>
    public static string? Fold(char c) => Table[c];

    /// <summary>
    /// The single character <paramref name="c"/> folds to, with its class; <see cref="CharClass.Expands"/> when it
    /// folds to several characters or none (use <see cref="Fold"/>).
    /// </summary>
    public static CharClass Classify(char c, out char folded) => Unpack(SingleTable[c], out folded);

    /// <summary>
    /// The table behind <see cref="Classify"/>, for a loop that keeps it in a local: one entry per character, read
    /// with <see cref="Unpack"/>.
    /// </summary>
    public static uint[] Entries => SingleTable;

    /// <summary>An entry of <see cref="Entries"/>: the class, and the character folded to.</summary>
    public static CharClass Unpack(uint entry, out char folded)
    {
        folded = (char)entry;
        return (CharClass)(entry >> 16);
    }

    /// <summary>The class of an already folded character.</summary>
    public static CharClass ClassOf(char folded) =>
        char.IsLetterOrDigit(folded)
            ? Tokenizer.ScriptOf(folded) switch
            {
                TokenScript.Han => CharClass.Han,
                var script => char.IsDigit(folded) ? CharClass.Digit : (CharClass)((int)CharClass.LetterOther + (int)script),
            }
            : folded is '.' or '!' or '?' or '\n' or '\r' or '؟' or '؛' or '。' or '！' or '？' ? CharClass.Stop
            : BreaksPhrase(folded) ? CharClass.Break : CharClass.Separator;

    // Marks between words that a phrase does not run across, as folded (full-width forms and every quotation mark
    // are ASCII by then). Not hyphens, apostrophes or slashes, which join the words of one name ("Russia-linked").
    private static bool BreaksPhrase(char c) =>
        c is ',' or '،' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '、' or '【' or '】' or '《' or '》';

    private static uint[] BuildSingle()
    {
        var single = new uint[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var folded = char.IsSurrogate(c) ? string.Empty + c : Table[i] ?? c.ToString();
            single[i] = folded.Length == 1
                ? folded[0] | ((uint)ClassOf(folded[0]) << 16)
                : (uint)CharClass.Expands << 16;
        }

        return single;
    }

    private static string?[] Build()
    {
        var table = new string?[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var folded = FoldToFixpoint(c);
            table[i] = folded.Length == 1 && folded[0] == c ? null : folded;
        }

        return table;
    }

    // Folding a folded character must change nothing, so folding runs until the output stops changing.
    private static string FoldToFixpoint(char c)
    {
        var current = FoldOnce(c.ToString());
        for (var round = 0; round < 4; round++)
        {
            var builder = new StringBuilder(current.Length);
            foreach (var ch in current)
            {
                builder.Append(char.IsSurrogate(ch) ? ch.ToString() : FoldOnce(ch.ToString()));
            }

            var next = builder.ToString();
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static string FoldOnce(string s)
    {
        if (s.Length == 1 && Special(s[0]) is { } special)
        {
            return special;
        }

        string normalized;
        try
        {
            normalized = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Unassigned or ill-formed code points cannot be normalised; they stay as they are.
            return s;
        }

        var builder = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (Special(ch) is { } mapped)
            {
                builder.Append(mapped);
            }
            else if (char.IsWhiteSpace(ch) && ch is not '\n' and not '\r')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    // "T S" lines after '#' comments: a Traditional character and its Simplified form.
    private static Dictionary<char, char> LoadTraditional()
    {
        using var stream = typeof(CharFolding).Assembly.GetManifestResourceStream(TraditionalResource)
            ?? throw new InvalidOperationException($"The resource {TraditionalResource} is missing from Bot.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pairs = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == ' ')
            {
                pairs[line[0]] = line[2];
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                throw new InvalidDataException($"{TraditionalResource}: \"{line}\" is not a pair of characters.");
            }
        }

        return pairs;
    }

    // Letters that news pages spell several ways. Line breaks stay: they end sentences.
    private static string? Special(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
        'ى' or 'ی' or 'ې' or 'ۍ' => "ي",
        'ة' => "ه",
        'ک' => "ك",
        'ـ' => string.Empty, // tatweel stretches a word; it is not a letter
        'ß' => "ss",
        'ё' or 'Ё' => "е",
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\u300C' or '\u300D' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => string.Empty,
        _ when Traditional.TryGetValue(c, out var simplified) => simplified.ToString(),
        _ => null,
    };
}
