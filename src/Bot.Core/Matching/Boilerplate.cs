using System.Numerics;
using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// Marks the tokens of a page that are not the article: blocks repeated on the page (the second copy of a page
/// captured twice), "read also" / related-links sections, and photo-caption lists (captions printed twice in a
/// row, or runs of short unpunctuated lines; a line printed twice on its own, a headline repeated as the lede, keeps
/// its first copy). What is marked neither triggers a rule nor serves as evidence.
/// One per thread: it keeps its arrays from one page to the next.
/// </summary>
internal sealed class Boilerplate
{
    private const int MinRepeatedWords = 3;
    private const int MaxListLineWords = 12;
    private const int MinListRun = 4;
    private const int MinParagraphWords = 20;

    // Headings that open a related-links section, in the seven languages.
    private static readonly string[][] Markers =
    [
        .. new[]
        {
            "read also", "read more", "see also", "related", "related news", "related articles", "related stories", "more on this",
            "lire aussi", "a lire aussi", "voir aussi", "sur le meme sujet", "articles lies",
            "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضاً", "مقالات متعلقة", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ المزيد",
            "читайте также", "по теме", "смотрите также", "читайте нас",
            "相关新闻", "相关阅读", "延伸阅读", "相关报道",
            "lea también", "lee también", "noticias relacionadas", "te puede interesar", "le puede interesar",
            "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "auch interessant",
        }.Select(marker => Normalizer.Normalize(marker).Split(' ')),
    ];

    // The markers (their indexes above, in order) by first word: a line costs one lookup of the hash the
    // tokenizer made, not one comparison per marker.
    private static readonly WordTable MarkersByFirstWord = BuildMarkersByFirstWord();

    private readonly List<Line> _lines = [];
    private readonly HashSet<ulong> _seen = [];
    private readonly List<Line> _run = [];
    private bool[] _skip = new bool[256];

    /// <summary>
    /// Marks the tokens of <paramref name="text"/> that are boilerplate: true at their index. The array may be longer
    /// than the text; it is valid until the next call.
    /// </summary>
    public bool[] Mark(TokenizedText text)
    {
        if (_skip.Length < text.Count)
        {
            _skip = new bool[Math.Max(text.Count, _skip.Length * 2)];
        }

        var skip = _skip;
        Array.Clear(skip, 0, text.Count);
        var lines = Lines(text, _lines);
        var seen = _seen;
        seen.Clear();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            if (Marker(text, line) is { } markerWords)
            {
                // A marker alone on its line heads a section of links, up to the article's next paragraph (a page
                // may put one between the lede and the body) or the end; inline, it is one link.
                var last = l;
                while (line.Words <= markerWords + 1 && last + 1 < lines.Count && !IsParagraph(text.Original, lines[last + 1]))
                {
                    last++;
                }

                Array.Fill(skip, true, line.Start, lines[last].End - line.Start);
                l = last;
                continue;
            }

            // A line printed twice in a row loses its second copy; the first goes too when such pairs come in a
            // list (photo captions printed twice), not when the pair stands alone (a headline repeated as the lede).
            var repeatedInRow = PairAt(lines, l - 1) || (PairAt(lines, l) && (PairAt(lines, l - 2) || PairAt(lines, l + 2)));
            if (repeatedInRow || (line.Words >= MinRepeatedWords && !seen.Add(line.Key)))
            {
                Array.Fill(skip, true, line.Start, line.Words);
            }
        }

        MarkLists(text, lines, skip);
        return skip;
    }

    private static bool PairAt(List<Line> lines, int first) =>
        first >= 0 && first + 1 < lines.Count && lines[first].Key == lines[first + 1].Key;

    private void MarkLists(TokenizedText text, List<Line> lines, bool[] skip)
    {
        var run = _run;
        run.Clear();
        for (var l = 0; l < lines.Count; l++)
        {
            // The first line is the headline: short and unpunctuated like a caption, and often followed by a byline,
            // a date and other short lines, yet the article's own words.
            var line = lines[l];
            var listLike = l > 0 && line.Words <= MaxListLineWords && !EndsSentence(text.Original, line);
            if (listLike && (run.Count == 0 || line.Adjacent))
            {
                run.Add(line);
                continue;
            }

            MarkRun(run, skip);
            run.Clear();
            if (listLike)
            {
                run.Add(line);
            }
        }

        MarkRun(run, skip);
    }

    private static void MarkRun(List<Line> run, bool[] skip)
    {
        if (run.Count >= MinListRun)
        {
            foreach (var line in run)
            {
                Array.Fill(skip, true, line.Start, line.Words);
            }
        }
    }

    // Article prose, not a link's title: a long line that ends a sentence, or one too long for a title (a page
    // captured in part may cut its last paragraph short).
    private static bool IsParagraph(string original, Line line) =>
        line.Words >= MinParagraphWords && (EndsSentence(original, line) || line.Words >= 2 * MinParagraphWords);

    private static bool EndsSentence(string original, Line line)
    {
        var last = original.AsSpan(line.TextStart, line.TextEnd - line.TextStart).TrimEnd(" \t\"'”»)");
        return last.Length > 0 && last[^1] is '.' or '!' or '?' or '؟' or '。' or '！' or '？' or ':' or '؛';
    }

    private static int? Marker(TokenizedText text, Line line)
    {
        foreach (var index in MarkersByFirstWord.Get(text.Form(line.Start), text[line.Start].Hash))
        {
            var marker = Markers[index];
            if (line.Words < marker.Length || line.Words > marker.Length + 8)
            {
                continue;
            }

            var all = true;
            for (var w = 1; w < marker.Length && all; w++)
            {
                all = text.Form(line.Start + w).SequenceEqual(marker[w]);
            }

            if (all)
            {
                return marker.Length;
            }
        }

        return null;
    }

    // The non-blank lines of the text, each with its tokens [Start, End) and the folded words as a key.
    private static List<Line> Lines(TokenizedText text, List<Line> lines)
    {
        var original = text.Original;
        lines.Clear();
        var token = 0;
        var lineStart = 0;
        var previousEnd = -2;
        var lineNumber = 0;
        while (lineStart <= original.Length && token < text.Count)
        {
            var newline = original.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? original.Length : newline;
            var first = token;
            while (token < text.Count && text[token].Start < lineEnd)
            {
                token++;
            }

            if (token > first)
            {
                lines.Add(new Line(first, token, Key(text, first, token), lineStart, lineEnd, previousEnd == lineNumber - 1));
                previousEnd = lineNumber;
            }

            lineNumber++;
            lineStart = lineEnd + 1;
        }

        return lines;
    }

    // A 64-bit hash of the folded words, from their hashes: two lines with the same words have the same key.
    private static ulong Key(TokenizedText text, int from, int to)
    {
        var hash = 14695981039346656037UL;
        for (var i = from; i < to; i++)
        {
            hash = Mix(hash, text[i].Hash);
        }

        return hash;
    }

    private static WordTable BuildMarkersByFirstWord()
    {
        var table = new WordTable();
        for (var i = 0; i < Markers.Length; i++)
        {
            table.Add(Markers[i][0], i);
        }

        table.Freeze();
        return table;
    }

    private static ulong Mix(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * 0x9E3779B97F4A7C15UL, 29);

    private readonly record struct Line(int Start, int End, ulong Key, int TextStart, int TextEnd, bool Adjacent)
    {
        public int Words => End - Start;
    }
}
