using System.CommandLine;
using System.Xml;
using Bot.Core.Sources;
using Bot.Feeds.Opml;
using Bot.Host.Hosting;
using Bot.Host.Watching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary><c>bot sources import FILE.opml</c>: adds (or updates) every feed of an OPML file as a source.</summary>
internal static class SourcesImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An OPML file (1.0 or 2.0); folders are flattened." };
        var command = new Command("import", "Import the feeds of an OPML file as sources, polled from the next start (or at once by a running bot).")
        {
            file,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, token) => ImportAsync(parse.GetRequiredValue(file), [.. parse.UnmatchedTokens], token));
        return command;
    }

    private static async Task<int> ImportAsync(FileInfo file, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<OpmlOutline> outlines;
        try
        {
            await using var stream = file.OpenRead();
            var (feeds, skipped) = OpmlDocument.Read(stream);
            foreach (var line in skipped)
            {
                await Console.Error.WriteLineAsync("skipped " + line);
            }

            outlines = feeds;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Cannot open {file.FullName}: {ex.Message}");
            return ExitCodes.NoInput;
        }
        catch (XmlException ex)
        {
            await Console.Error.WriteLineAsync($"{file.FullName} is not a readable OPML file: {ex.Message}");
            return ExitCodes.DataError;
        }

        return await BotApplication.RunToolAsync(settings, async (services, token) =>
        {
            var store = services.GetRequiredService<ISourceStore>();
            var interval = services.GetRequiredService<IOptions<PollingOptions>>().Value.DefaultInterval;
            var sources = OpmlSources.ToSources(outlines, interval);
            foreach (var source in sources)
            {
                await store.SaveAsync(source, SourceOrigin.Import, token);
                await Console.Out.WriteLineAsync($"{source.Name}\t{source.Url.AbsoluteUri}");
            }

            Log.SourcesImported(services.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Host.Cli"), sources.Count, file.FullName);
            return ExitCodes.Success;
        }, cancellationToken);
    }
}
