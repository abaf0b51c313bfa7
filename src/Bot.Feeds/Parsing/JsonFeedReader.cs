using System.Text.Json;

namespace Bot.Feeds.Parsing;

/// <summary>Reads JSON Feed 1.0 and 1.1 (jsonfeed.org).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static ParsedFeed Read(string text, Uri feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException(FeedProblem.Unreadable, $"The feed is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                throw new FeedFormatException(FeedProblem.NotAFeed, "The JSON document is not a JSON Feed (no jsonfeed.org version).");
            }

            var language = String(root, "language");
            var feedAuthors = Authors(root);
            var items = root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : default;
            return new ParsedFeed
            {
                Title = HtmlText.Collapse(String(root, "title") ?? string.Empty),
                Link = FeedXml.Link(String(root, "home_page_url"), feedUrl),
                Language = language,
                Items = [.. items.Where(i => i.ValueKind == JsonValueKind.Object).Select(item => ReadItem(item, language, feedAuthors, feedUrl))],
                Format = "json",
            };
        }
    }

    private static FeedItem ReadItem(JsonElement item, string? language, List<string> feedAuthors, Uri feedUrl)
    {
        var authors = Authors(item);
        return new FeedItem
        {
            // Ids may be numbers in the wild, though the spec says string.
            Id = item.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? id.ToString().Trim() : null,
            Title = HtmlText.Collapse(String(item, "title") ?? string.Empty),
            Link = FeedXml.Link(String(item, "url"), feedUrl) ?? FeedXml.Link(String(item, "external_url"), feedUrl),
            Published = FeedDate.Parse(String(item, "date_published")),
            Updated = FeedDate.Parse(String(item, "date_modified")),
            Authors = authors.Count > 0 ? authors : feedAuthors,
            Summary = HtmlText.Collapse(String(item, "summary") ?? string.Empty),
            Content = String(item, "content_html") is { } html ? HtmlText.ToPlainText(html) : HtmlText.Collapse(String(item, "content_text") ?? string.Empty),
            Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? [.. tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim()).Where(t => t.Length > 0)]
                : [],
            Language = String(item, "language") ?? language,
            Image = FeedXml.Link(String(item, "image"), feedUrl) ?? FeedXml.Link(String(item, "banner_image"), feedUrl),
        };
    }

    // 1.1 has "authors"; 1.0 had a single "author".
    private static List<string> Authors(JsonElement parent)
    {
        var authors = new List<string>();
        if (parent.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            authors.AddRange(list.EnumerateArray().Select(a => String(a, "name")).OfType<string>());
        }
        else if (parent.TryGetProperty("author", out var single) && String(single, "name") is { } name)
        {
            authors.Add(name);
        }

        return authors;
    }

    private static string? String(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;
}
