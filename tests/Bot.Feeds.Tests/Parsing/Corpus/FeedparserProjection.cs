using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>
/// Shapes our parse result the way feedparser shapes its own, for the fields this project keeps: titles, links,
/// ids, dates, authors, summaries and content, categories, language, encoding and "bozo" (any warning).
/// </summary>
internal static class FeedparserProjection
{
    private static readonly HashSet<string> FeedKeys = ["title", "title_detail", "link", "language"];

    private static readonly HashSet<string> EntryKeys =
    [
        "id", "guid", "title", "title_detail", "link", "published", "published_parsed", "updated", "updated_parsed",
        "author", "author_detail", "authors", "summary", "summary_detail", "description", "content", "tags", "category",
    ];

    private static readonly HashSet<string> DetailKeys = ["value"];
    private static readonly HashSet<string> PersonKeys = ["name"];
    private static readonly HashSet<string> TagKeys = ["term"];

    /// <summary>Every key the projection knows: an expectation reading any other is out of scope.</summary>
    public static IReadOnlySet<string> Keys { get; } = FeedKeys.Concat(EntryKeys).Concat(DetailKeys).Concat(PersonKeys).Concat(TagKeys).ToHashSet();

    /// <summary>The top-level names feedparser's result offers that we model.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string> { "bozo", "encoding", "entries", "feed", "len", "ord", "None", "True", "False" };

    public static PyEnvironment From(ParsedFeed feed) => new(new Dictionary<string, object?>
    {
        ["bozo"] = feed.Warnings.Count > 0,
        ["encoding"] = new PyLoose.Encoding(feed.Encoding),
        ["feed"] = Feed(feed),
        ["entries"] = feed.Items.Select(Entry).Cast<object?>().ToList(),
    });

    /// <summary>What feedparser returns for a document it cannot read: bozo, and nothing else.</summary>
    public static PyEnvironment Failed() => new(new Dictionary<string, object?>
    {
        ["bozo"] = true,
        ["encoding"] = new PyLoose.Encoding("utf-8"),
        ["feed"] = new PyDict(FeedKeys, []),
        ["entries"] = new List<object?>(),
    });

    private static PyDict Feed(ParsedFeed feed)
    {
        var values = new Dictionary<string, object?>();
        Text(values, "title", feed.Title);
        Put(values, "link", feed.Link is null ? null : new PyLoose.Link(feed.Link));
        Put(values, "language", feed.Language);
        return new PyDict(FeedKeys, values);
    }

    private static PyDict Entry(FeedItem item)
    {
        var values = new Dictionary<string, object?>();
        Put(values, "id", item.Id);
        Put(values, "guid", item.Id);
        Text(values, "title", item.Title);
        Put(values, "link", item.Link is null ? null : new PyLoose.Link(item.Link));
        Dates(values, "published", item.Published);
        // feedparser answers "updated" with the published date when there is no other.
        Dates(values, "updated", item.Updated ?? item.Published);
        if (item.Authors.Count > 0)
        {
            values["author"] = new PyLoose.Text(item.Authors[0]);
            values["author_detail"] = Person(item.Authors[0]);
            values["authors"] = item.Authors.Select(a => (object?)Person(a)).ToList();
        }

        // feedparser's summary falls back to the content when the entry has no summary of its own.
        var summary = item.Summary.Length > 0 ? item.Summary : item.Content;
        Text(values, "summary", summary);
        Text(values, "description", summary);
        values["content"] = new List<object?> { Detail(item.Content.Length > 0 ? item.Content : item.Summary) };
        if (item.Categories.Count > 0)
        {
            values["category"] = new PyLoose.Text(item.Categories[0]);
            values["tags"] = item.Categories.Select(c => (object?)new PyDict(TagKeys, new() { ["term"] = new PyLoose.Text(c) })).ToList();
        }

        return new PyDict(EntryKeys, values);
    }

    private static void Text(Dictionary<string, object?> values, string key, string text)
    {
        values[key] = new PyLoose.Text(text);
        values[key + "_detail"] = Detail(text);
    }

    private static PyDict Detail(string text) => new(DetailKeys, new() { ["value"] = new PyLoose.Text(text) });

    private static PyDict Person(string name) => new(PersonKeys, new() { ["name"] = new PyLoose.Text(name) });

    private static void Dates(Dictionary<string, object?> values, string key, DateTimeOffset? date)
    {
        if (date is { } d)
        {
            var utc = d.UtcDateTime;
            values[key] = new PyLoose.Date(d);
            values[key + "_parsed"] = new List<object?> { (long)utc.Year, (long)utc.Month, (long)utc.Day, (long)utc.Hour, (long)utc.Minute, (long)utc.Second, (long)(((int)utc.DayOfWeek + 6) % 7), (long)utc.DayOfYear, 0L };
        }
    }

    private static void Put(Dictionary<string, object?> values, string key, object? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }
}
