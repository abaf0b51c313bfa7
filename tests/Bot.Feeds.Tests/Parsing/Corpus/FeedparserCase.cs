using System.Text.RegularExpressions;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>One file of feedparser's suite: the bytes, the HTTP headers it is served with, and its expectation.</summary>
internal sealed partial record FeedparserCase(string Name, byte[] Body, string? ContentType, Uri FeedUrl, string Expect)
{
    // feedparser's own test server serves the files from here; relative links in expectations resolve against it.
    private static readonly Uri ServedFrom = new("http://127.0.0.1:8097/");

    public static FeedparserCase? Load(string root, string path)
    {
        var body = File.ReadAllBytes(path);
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        // The header comment is read in whatever encoding the file is in (some are UTF-16 or UTF-32).
        var text = FeedDecoder.Decode(body, null).Text;
        var expect = ExpectPattern().Match(text);
        if (!expect.Success)
        {
            return null;
        }

        var contentType = HeaderPattern().Matches(text).Select(m => (Name: m.Groups["name"].Value, Value: m.Groups["value"].Value.Trim())).ToList();
        var location = contentType.FirstOrDefault(h => h.Name.Equals("Content-Location", StringComparison.OrdinalIgnoreCase)).Value;
        var served = new Uri(ServedFrom, "tests/" + relative);
        return new FeedparserCase(
            relative,
            body,
            contentType.FirstOrDefault(h => h.Name.Equals("Content-type", StringComparison.OrdinalIgnoreCase)).Value,
            location is { Length: > 0 } ? new Uri(served, location) : served,
            expect.Groups["expect"].Value.Trim());
    }

    /// <summary>Parses the body as the bot would; a refused document is what feedparser calls bozo with no data.</summary>
    public PyEnvironment Run()
    {
        try
        {
            return FeedparserProjection.From(FeedParser.Parse(Body, ContentType, FeedUrl));
        }
        catch (FeedFormatException)
        {
            return FeedparserProjection.Failed();
        }
    }

    [GeneratedRegex(@"^\s*Expect:\s*(?<expect>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectPattern();

    [GeneratedRegex(@"^\s*Header:\s*(?<name>[A-Za-z-]+):(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex HeaderPattern();
}
