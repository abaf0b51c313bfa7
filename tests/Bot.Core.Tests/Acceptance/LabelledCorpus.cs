using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Acceptance;

/// <summary>A folder of articles with a <c>labels.tsv</c> saying which presets each must trigger.</summary>
internal sealed class LabelledCorpus(string folder)
{
    public static CompiledRuleSet Presets { get; } = CompiledRuleSet.Compile(Bot.Core.Rules.Presets.Names.Select(name => Bot.Core.Rules.Presets.Rule(name)!));

    public string Folder { get; } = folder;

    /// <summary>(file, preset, expected) for every file and preset.</summary>
    public IEnumerable<(string File, string Preset, bool Expected)> Labels()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "labels.tsv"));
        var header = lines[0].Split('\t');
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            foreach (var preset in Bot.Core.Rules.Presets.Names)
            {
                yield return (cells[0], preset, cells[Array.IndexOf(header, preset.Replace('-', '_'))] == "1");
            }
        }
    }

    public IReadOnlyList<RuleMatch> Match(string file) => Presets.Match(File.ReadAllText(Path.Combine(Folder, file)));

    /// <summary>Asserts that <paramref name="file"/> triggers <paramref name="preset"/> exactly when labelled so.</summary>
    public void ShouldMatchLabel(string file, string preset, bool expected)
    {
        var matches = Match(file);
        matches.Any(m => m.RuleName == preset).ShouldBe(expected, Describe(matches));
    }

    private static string Describe(IReadOnlyList<RuleMatch> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.RuleName} [{string.Join(",", m.Concepts)}]: {string.Join(" // ", m.Evidence)}"));
}
