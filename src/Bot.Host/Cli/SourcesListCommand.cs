using System.Globalization;
using Bot.Core.Sources;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary><c>bot sources list</c> in the operator's scope: every source with its stored health, one tab-separated line each.</summary>
internal static class SourcesListCommand
{
    private const string Header = "NAME\tSTATE\tORIGIN\tLAST RESULT\tHTTP\tSTREAK\tLAST SUCCESS\tNEXT DUE\tPROBLEM";

    public static async Task<int> WriteAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(Header);
        foreach (var listing in await services.GetRequiredService<ISourceStore>().ListAsync(cancellationToken))
        {
            await output.WriteLineAsync(Line(listing));
        }

        return ExitCodes.Success;
    }

    internal static string Line(SourceListing listing)
    {
        var health = listing.Health;
        var state = !listing.Enabled ? "retired" : health.PausedAt is null ? "active" : "paused";
        string[] fields =
        [
            listing.Stored.Source.Name,
            state,
            listing.Origin.ToString().ToLowerInvariant(),
            health.LastResult?.ToString() ?? "never polled",
            health.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "-",
            health.ErrorStreak.ToString(CultureInfo.InvariantCulture),
            Time(health.LastSuccessAt),
            Time(health.NextDueAt),
            (health.PausedReason ?? health.Problem ?? "-").ReplaceLineEndings(" ").Replace('\t', ' '),
        ];
        return string.Join('\t', fields);
    }

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
