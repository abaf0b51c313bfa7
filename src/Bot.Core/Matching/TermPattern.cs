using Bot.Core.Text;

namespace Bot.Core.Matching;

/// <summary>
/// Turns a term ("Kremlin", "no evidence", "accus*", "否认", "الكرملين", "wies … zurück") into the words it must match.
/// </summary>
internal static class TermPattern
{
    public static PatternToken[] Compile(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var tokens = Tokenizer.Tokenize(term);
        var pattern = new PatternToken[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var form = tokens.Form(i);
            if (token.Script == TokenScript.Arabic)
            {
                form = ArabicClitics.StripArticle(form);
            }

            var prefix = token.End < term.Length && term[token.End] == '*';
            pattern[i] = new PatternToken(form.ToString(), prefix, i > 0 && IsGap(term.AsSpan(tokens[i - 1].End, token.Start - tokens[i - 1].End)));
        }

        return pattern;
    }

    // "…" or "..." between two words: up to PatternToken.MaxGap words may stand there.
    private static bool IsGap(ReadOnlySpan<char> between) =>
        between.Contains('…') || between.Contains("...", StringComparison.Ordinal);

    public static string Key(PatternToken[] pattern) => string.Join(' ', pattern);
}
