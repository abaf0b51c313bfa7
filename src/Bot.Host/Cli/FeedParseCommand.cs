using System.CommandLine;
using Bot.Feeds;
using Bot.Feeds.Fetching;
using Bot.Feeds.Parsing;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary>
/// <c>bot feed parse FILE_OR_URL</c>: reads a feed the way the bot does and prints it as JSON, so anyone can
/// see what the bot makes of a source. A URL is fetched with the bot's own HTTP client and settings.
/// </summary>
internal static class FeedParseCommand
{
    public const int CouldNotRead = 1;

    public static Command Create()
    {
        var source = new Argument<string>("FILE_OR_URL") { Description = "A feed file, or an http(s) URL to fetch." };
        var baseUrl = new Option<string?>("--base-url") { Description = "For a file: the URL relative links resolve against." };
        var contentType = new Option<string?>("--content-type") { Description = "For a file: the HTTP Content-Type it would be served with (its charset counts)." };
        var parse = new Command("parse", "Parse a feed and print it as JSON (dates in ISO 8601 UTC).") { source, baseUrl, contentType };
        parse.TreatUnmatchedTokensAsErrors = false;
        parse.SetAction((result, token) => RunAsync(
            result.GetValue(source)!,
            result.GetValue(baseUrl),
            result.GetValue(contentType),
            [.. result.UnmatchedTokens],
            token));
        return new Command("feed", "Look at feeds as the bot reads them.") { parse };
    }

    private static async Task<int> RunAsync(string source, string? baseUrl, string? contentType, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        Uri? resolveAgainst = null;
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out resolveAgainst))
        {
            await Console.Error.WriteLineAsync($"--base-url must be an absolute URL, not '{baseUrl}'.");
            return CouldNotRead;
        }

        var read = Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? await FetchAsync(url, settings, cancellationToken)
            : await ReadFileAsync(source, resolveAgainst, contentType, cancellationToken);
        if (read.Problem is not null)
        {
            await Console.Error.WriteLineAsync($"Could not read {source}: {read.Problem}");
            return CouldNotRead;
        }

        try
        {
            var feed = FeedParser.Parse(read.Body, read.ContentType, read.Url!);
            await using var output = Console.OpenStandardOutput();
            await FeedJson.WriteAsync(feed, output, cancellationToken);
            return ExitCodes.Success;
        }
        catch (FeedFormatException ex)
        {
            await Console.Error.WriteLineAsync($"Could not parse {source} ({ex.Problem}): {ex.Message}");
            return CouldNotRead;
        }
    }

    private static async Task<Document> ReadFileAsync(string path, Uri? baseUrl, string? contentType, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return new Document(bytes, contentType, baseUrl ?? new Uri(Path.GetFullPath(path)), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Document.Failed(ex.Message);
        }
    }

    // The same client, pipeline and limits as the running bot, from the same configuration sources.
    private static async Task<Document> FetchAsync(Uri url, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging().AddFeeds(BotConfiguration.Build(settings));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return await provider.GetRequiredService<FeedFetcher>().FetchAsync(url, cancellationToken) switch
        {
            FetchResult.Content content => new Document(content.Body, content.ContentType, content.FinalUrl, null),
            FetchResult.HttpError error => Document.Failed($"HTTP {(int)error.StatusCode} {error.StatusCode}"),
            FetchResult.NetworkError error => Document.Failed("network error: " + error.Message),
            FetchResult.TimedOut timedOut => Document.Failed($"no answer within {timedOut.After}"),
            FetchResult.TooLarge tooLarge => Document.Failed($"the response is larger than {tooLarge.Limit} bytes"),
            var other => Document.Failed(other.GetType().Name),
        };
    }

    private sealed record Document(ReadOnlyMemory<byte> Body, string? ContentType, Uri? Url, string? Problem)
    {
        public static Document Failed(string problem) => new(ReadOnlyMemory<byte>.Empty, null, null, problem);
    }
}
