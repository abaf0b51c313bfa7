using System.CommandLine;
using Bot.Core.Sources;
using Bot.Feeds.Opml;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary><c>bot sources export</c>: writes every source in use as OPML 2.0 on standard output.</summary>
internal static class SourcesExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Write the sources in use as an OPML file on standard output.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, token) => BotApplication.RunToolAsync([.. parse.UnmatchedTokens], async (services, cancellationToken) =>
        {
            var listings = await services.GetRequiredService<ISourceStore>().ListAsync(cancellationToken);
            var outlines = listings
                .Where(listing => listing.Enabled)
                .Select(listing => new OpmlOutline(listing.Stored.Source.Name, listing.Stored.Source.Url, listing.Stored.Source.Language, null)
                {
                    FullText = listing.Stored.Source.FullText,
                });
            OpmlDocument.Write(Console.Out, "Attribution Watch sources", outlines, services.GetRequiredService<TimeProvider>().GetUtcNow());
            await Console.Out.WriteLineAsync();
            await Console.Out.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        }, token));
        return command;
    }
}
