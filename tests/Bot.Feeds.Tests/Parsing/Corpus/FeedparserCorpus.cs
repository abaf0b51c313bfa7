namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>Finds feedparser's test feeds: <c>shared/corpus/feedparser-tests</c> beside the repository (or above it).</summary>
internal static class FeedparserCorpus
{
    public static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        // CI clones the repository with shared/ beside it; a worktree may sit one level deeper.
        for (var up = directory?.Parent; up is not null; up = up.Parent)
        {
            var candidate = Path.Combine(up.FullName, "shared", "corpus", "feedparser-tests");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"feedparser's test feeds were not found in shared/corpus/feedparser-tests beside or above {directory?.FullName ?? AppContext.BaseDirectory}.");
    }
}
