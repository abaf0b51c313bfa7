using Bot.Core.Lexicon;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Lexicon;

public sealed class ThreatGroupLexiconTests
{
    private static string Committed => Path.Combine(RepositoryPaths.Root, "src", "Bot.Core", "Lexicon", "Data", "threat-groups.json");

    /// <summary>
    /// The committed file is what the generator makes from the shared data. To regenerate after the data or the
    /// generator changed: <c>BOT_UPDATE_LEXICON=1 dotnet test tests/Bot.Core.Tests --filter ThreatGroupLexiconTests</c>.
    /// </summary>
    [Fact]
    public void Generate_SharedThreatActorData_EqualsCommittedFile()
    {
        var generated = ThreatGroupLexiconGenerator.Generate(RepositoryPaths.ThreatActors);
        if (Environment.GetEnvironmentVariable("BOT_UPDATE_LEXICON") == "1")
        {
            File.WriteAllText(Committed, generated);
        }

        File.ReadAllText(Committed).ShouldBe(generated, "threat-groups.json is stale; regenerate it (see this test's summary)");
    }

    [Theory]
    [InlineData("Fancy Bear", true)]
    [InlineData("APT28", true)]
    [InlineData("OilRig", true)]
    [InlineData("Sofacy", true)]
    [InlineData("Snake", false)]
    [InlineData("SEA", false)]
    [InlineData("Cobalt", false)]
    [InlineData("G0007", false)]
    public void Keep_Alias_LeavesOutOrdinaryWords(string alias, bool kept)
    {
        ThreatGroupLexiconGenerator.Keep(alias).ShouldBe(kept);
    }

    [Theory]
    [InlineData("group:apt28", "Forest Blizzard")]
    [InlineData("group:apt29", "Cozy Bear")]
    [InlineData("actor:russia", "APT28")]
    [InlineData("actor:china", "APT41")]
    [InlineData("actor:north-korea", "Lazarus Group")]
    public void Default_GroupAliases_BelongToGroupAndSponsor(string concept, string alias)
    {
        ConceptLexicon.Default.Terms(concept).Select(t => t.Text.ToUpperInvariant()).ShouldContain(alias.ToUpperInvariant());
    }
}
