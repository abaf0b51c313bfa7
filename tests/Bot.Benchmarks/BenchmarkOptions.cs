namespace Bot.Benchmarks;

/// <summary>The command line: <c>--quick</c>, <c>--json FILE</c>, <c>--only a,b</c>.</summary>
internal sealed record BenchmarkOptions(bool Quick, string? JsonPath, IReadOnlySet<string>? Only)
{
    /// <summary>The options, or <see langword="null"/> after writing what is wrong to <paramref name="errors"/>.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> scenarioKeys, TextWriter errors)
    {
        var quick = false;
        string? json = null;
        HashSet<string>? only = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--json" when i + 1 < args.Count:
                    json = args[++i];
                    break;
                case "--only" when i + 1 < args.Count:
                    only = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                default:
                    errors.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: [--quick] [--json out.json] [--only {string.Join(',', scenarioKeys)}]");
                    return null;
            }
        }

        if (only?.FirstOrDefault(key => !scenarioKeys.Contains(key)) is { } unknown)
        {
            errors.WriteLine($"--only: no scenario '{unknown}'; the scenarios are {string.Join(", ", scenarioKeys)}.");
            return null;
        }

        return new BenchmarkOptions(quick, json, only);
    }
}
