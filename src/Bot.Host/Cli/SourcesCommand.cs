using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary><c>bot sources …</c>: the source list kept in the database. Each verb lives in its own file.</summary>
internal static class SourcesCommand
{
    public static Command Create() => new("sources", "Manage the sources kept in the database.")
    {
        SourcesListCommand.Create(),
        SourcesImportCommand.Create(),
        SourcesExportCommand.Create(),
        SourcesResumeCommand.Create(),
    };
}
