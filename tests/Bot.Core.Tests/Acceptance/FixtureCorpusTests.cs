namespace Bot.Core.Tests.Acceptance;

/// <summary>
/// The project's own articles in all seven languages (Acceptance/Fixtures), hard negatives included: doping
/// denials, elections with no hacking, parliament hacks with no election, cyber news with no attribution.
/// </summary>
public sealed class FixtureCorpusTests
{
    private const double Required = 0.9;

    private static readonly LabelledCorpus Corpus = new(Path.Combine(AppContext.BaseDirectory, "Acceptance", "Fixtures"));

    public static TheoryData<string, string, bool> Labels() => [.. Corpus.Labels()];

    [Theory]
    [MemberData(nameof(Labels))]
    public void Match_FixtureArticle_TriggersExactlyTheLabelledPresets(string file, string preset, bool expected)
    {
        Corpus.ShouldMatchLabel(file, preset, expected);
    }

    [Fact]
    public void Fixtures_EveryLanguage_HasPositivesAndHardNegatives()
    {
        var files = Corpus.Labels().Select(l => l.File).Distinct().ToList();

        files.Select(f => f[..2]).Distinct().Order().ShouldBe(["ar", "de", "en", "es", "fr", "ru", "zh"]);
        foreach (var preset in Bot.Core.Rules.Presets.Names)
        {
            Corpus.Labels().Count(l => l.Preset == preset && l.Expected).ShouldBeGreaterThanOrEqualTo(5, preset);
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Match_Fixtures_ReachPrecisionAndRecallPerPreset(string preset)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (file, _, expected) in Corpus.Labels().Where(l => l.Preset == preset))
        {
            var matched = Corpus.Match(file).Any(m => m.RuleName == preset);
            truePositives += matched && expected ? 1 : 0;
            falsePositives += matched && !expected ? 1 : 0;
            falseNegatives += !matched && expected ? 1 : 0;
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        TestContext.Current.SendDiagnosticMessage($"{preset}: precision {precision:F2}, recall {recall:F2}");
        precision.ShouldBeGreaterThanOrEqualTo(Required);
        recall.ShouldBeGreaterThanOrEqualTo(Required);
    }

    public static TheoryData<string> Presets() => [.. Bot.Core.Rules.Presets.Names];
}
