namespace Bot.Core.Tests.Support;

/// <summary>Finds the repository (the folder holding Bot.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The seed corpus, <c>../shared/corpus/seeds</c> beside the repository.</summary>
    public static string Seeds => Shared("corpus", "seeds");

    /// <summary>The MISP galaxy and MITRE ATT&amp;CK threat-actor data, <c>../shared/data/threat-actors</c>.</summary>
    public static string ThreatActors => Shared("data", "threat-actors");

    // CI clones the repository with shared/ beside it; a developer's worktree may sit one level deeper.
    private static string Shared(params string[] parts)
    {
        for (var folder = Directory.GetParent(Root); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, "shared", .. parts]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/{string.Join('/', parts)} beside {Root} or above it; it holds the acceptance data.");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Bot.sln.");
    }
}
