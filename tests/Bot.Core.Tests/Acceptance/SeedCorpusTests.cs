using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Acceptance;

/// <summary>
/// The seed corpus (<c>../shared/corpus/seeds</c>, labels in <c>labels.tsv</c>) run through the four presets:
/// every label must come out right.
/// </summary>
public sealed class SeedCorpusTests
{
    private static readonly LabelledCorpus Corpus = new(RepositoryPaths.Seeds);

    public static TheoryData<string, string, bool> Labels() => [.. Corpus.Labels()];

    [Theory]
    [MemberData(nameof(Labels))]
    public void Match_SeedArticle_TriggersExactlyTheLabelledPresets(string file, string preset, bool expected)
    {
        Corpus.ShouldMatchLabel(file, preset, expected);
    }

    [Fact]
    public void Labels_SeedCorpus_CoversEveryPresetForFiveArticles()
    {
        Corpus.Labels().Count().ShouldBe(5 * Bot.Core.Rules.Presets.Names.Count());
    }
}
