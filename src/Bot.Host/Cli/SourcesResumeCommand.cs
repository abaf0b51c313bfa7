using System.CommandLine;
using Bot.Core.Sources;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Cli;

/// <summary><c>bot sources resume NAME</c>: un-pauses a source that failed too long; it is polled at once.</summary>
internal static class SourcesResumeCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The source's name." };
        var command = new Command("resume", "Resume a paused source: clear its error streak and poll it at once.") { name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, token) =>
        {
            var source = parse.GetRequiredValue(name);
            return BotApplication.RunToolAsync([.. parse.UnmatchedTokens], async (services, cancellationToken) =>
            {
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                if (!await services.GetRequiredService<ISourceScheduleStore>().ResumeAsync(source, now, cancellationToken))
                {
                    await Console.Error.WriteLineAsync($"No source is named '{source}'.");
                    return ExitCodes.DataError;
                }

                await Console.Out.WriteLineAsync($"Resumed {source}; it is polled within moments by a running bot.");
                return ExitCodes.Success;
            }, token);
        });
        return command;
    }
}
