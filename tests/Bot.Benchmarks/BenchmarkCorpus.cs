namespace Bot.Benchmarks;

/// <summary>
/// The articles to match: the project's fixtures in seven languages and, when present, the shared seed corpus
/// (real pages with boilerplate), found from the folder holding Bot.sln.
/// </summary>
internal static class BenchmarkCorpus
{
    public static IReadOnlyList<string> Load()
    {
        var root = FindRoot();
        var folders = new[]
        {
            Path.Combine(root, "tests", "Bot.Core.Tests", "Acceptance", "Fixtures"),
            Path.Combine(root, "..", "shared", "corpus", "seeds"),
            Path.Combine(root, "..", "..", "shared", "corpus", "seeds"),
        };
        var articles = folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        return articles.Count > 0 ? articles : throw new InvalidOperationException($"No articles found under {root}.");
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

        throw new InvalidOperationException("Run the benchmark from inside the repository (no Bot.sln found above it).");
    }
}
