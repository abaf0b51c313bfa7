using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Acceptance;

/// <summary>
/// A folder of articles with a <c>labels.tsv</c> saying which presets each must trigger. An optional
/// <c>known_wrong</c> column lists (comma-separated) the presets the matcher is known to get wrong on that article,
/// for a reason the presets cannot fix (see the article's <c>notes</c>): the label stays what a careful reader says.
/// </summary>
internal sealed class LabelledCorpus(string folder)
{
    public static CompiledRuleSet Presets { get; } = CompiledRuleSet.Compile(Bot.Core.Rules.Presets.Names.Select(name => Bot.Core.Rules.Presets.Rule(name)!));

    public string Folder { get; } = folder;

    /// <summary>Whether the matcher is known to get <paramref name="preset"/> wrong on <paramref name="file"/>.</summary>
    public bool KnownWrong(string file, string preset)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "labels.tsv"));
        var column = Array.IndexOf(lines[0].Split('\t'), "known_wrong");
        return column >= 0 && lines.Skip(1).Select(l => l.Split('\t')).Any(cells =>
            cells[0] == file && cells.Length > column && cells[column].Split(',', StringSplitOptions.TrimEntries).Contains(preset));
    }

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
    /// <remarks>
    /// For a label marked known-wrong, the check is that the matcher still gets it wrong, as recorded: it fails once
    /// the matcher gets it right, so the mark is removed. Precision and recall per preset count it either way.
    /// </remarks>
    public void ShouldMatchLabel(string file, string preset, bool expected)
    {
        var matches = Match(file);
        var matched = matches.Any(m => m.RuleName == preset);
        if (KnownWrong(file, preset))
        {
            matched.ShouldNotBe(expected, $"{file} is marked known_wrong for {preset} but now comes out right: remove the mark.");
            return;
        }

        matched.ShouldBe(expected, Describe(matches));
    }

    private static string Describe(IReadOnlyList<RuleMatch> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.RuleName} [{string.Join(",", m.Concepts)}]: {string.Join(" // ", m.Evidence)}"));
}
