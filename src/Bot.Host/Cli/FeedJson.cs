using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Feeds.Parsing;

namespace Bot.Host.Cli;

/// <summary>Writes a parsed feed as the JSON of <c>bot feed parse</c>: dates in ISO 8601 UTC, text unescaped.</summary>
internal static class FeedJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Headlines in Arabic or Russian stay readable; the output is for people and scripts, not for HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(ParsedFeed feed, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("title", feed.Title);
        json.WriteString("link", feed.Link?.AbsoluteUri);
        json.WriteString("language", feed.Language);
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("title", item.Title);
            json.WriteString("link", item.Link?.AbsoluteUri);
            json.WriteString("published", Iso(item.Published));
            json.WriteString("updated", Iso(item.Updated));
            Strings(json, "authors", item.Authors);
            json.WriteString("summary", item.Summary);
            json.WriteString("content", item.Content);
            Strings(json, "categories", item.Categories);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("format", feed.Format);
        json.WriteString("encoding", feed.Encoding);
        Strings(json, "warnings", feed.Warnings);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static string? Iso(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
