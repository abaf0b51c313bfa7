using System.Text;
using Bot.Core.Sources;
using Bot.Feeds.Opml;

namespace Bot.Host.Watching;

/// <summary>Turns OPML outlines into sources with valid, unique names, and holds the built-in starter list.</summary>
public static class OpmlSources
{
    private const int MaxNameLength = 64;

    /// <summary>The starter OPML shipped in the executable: used when no source is configured or imported.</summary>
    public static IReadOnlyList<OpmlOutline> Starter()
    {
        using var stream = typeof(OpmlSources).Assembly.GetManifestResourceStream("starter-sources.opml")!;
        return OpmlDocument.Read(stream).Feeds;
    }

    /// <summary>
    /// One source per outline, named after its text (<c>"BBC World"</c> → <c>bbc-world</c>), made unique with a
    /// numeric suffix; a URL listed twice is kept once.
    /// </summary>
    public static IReadOnlyList<FeedSource> ToSources(IEnumerable<OpmlOutline> outlines, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<FeedSource>();
        foreach (var outline in outlines)
        {
            if (!urls.Add(outline.FeedUrl.AbsoluteUri))
            {
                continue;
            }

            var name = NameFor(outline.Text, outline.FeedUrl);
            var unique = name;
            for (var n = 2; !names.Add(unique); n++)
            {
                var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                unique = name[..Math.Min(name.Length, MaxNameLength - suffix.Length)] + suffix;
            }

            // OPML's language attribute ("fr", "en-us") declares the feed's language when it is one the bot knows.
            sources.Add(new FeedSource(unique, outline.FeedUrl, interval) { Language = SourceLanguages.Normalize(outline.Language), FullText = outline.FullText });
        }

        return sources;
    }

    /// <summary>A source name from free text: lower-case ASCII letters and digits joined by '-', else the feed's host.</summary>
    public static string NameFor(string text, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var name = Slug(text);
        return name.Length > 0 ? name : Slug(feedUrl.Host);
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length > MaxNameLength ? result[..MaxNameLength].TrimEnd('-') : result;
    }
}
