namespace Bot.Core.Sources;

/// <summary>The languages a source can be declared in: those the lexicon and the language detector know.</summary>
public static class SourceLanguages
{
    /// <summary>ISO 639-1 codes, in the order the README lists them.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["ar", "fr", "en", "ru", "zh", "es", "de"];

    /// <summary>
    /// The supported code for <paramref name="tag"/> (<c>FR</c>, <c>fr-CA</c>, <c>zh_Hans</c> → its primary
    /// subtag), or <see langword="null"/> when it names no supported language.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(primary, StringComparer.Ordinal) ? primary : null;
    }
}
