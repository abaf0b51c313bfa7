using System.CommandLine;
using Bot.Core.Sources;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary><c>bot sources resume NAME</c> in the operator's scope: un-pauses a source that failed too long; it is polled at once.</summary>
internal static class SourcesResumeCommand
{
    public static async Task<int> ResumeAsync(IServiceProvider services, string source, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!await services.GetRequiredService<ISourceScheduleStore>().ResumeAsync(source, now, cancellationToken))
        {
            await console.Error.WriteLineAsync($"No source is named '{source}'.");
            return ExitCodes.DataError;
        }

        await console.Output.WriteLineAsync($"Resumed {source}; it is polled within moments by a running bot.");
        return ExitCodes.Success;
    }
}
