using Bot.Core.Lexicon;
using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

public sealed class PresetsTests
{
    private static readonly CompiledRuleSet RussiaDenial = CompiledRuleSet.Compile([Presets.Rule(Presets.RussiaDenial)!]);

    [Fact]
    public void Names_AreTheFourShippedPresets()
    {
        Presets.Names.ShouldBe(["accusation", "china-denial", "election-hack", "russia-denial"]);
    }

    [Theory]
    [InlineData("russia-denial")]
    [InlineData("china-denial")]
    [InlineData("election-hack")]
    [InlineData("accusation")]
    public void Query_Preset_ParsesAgainstTheLexicon(string name)
    {
        Should.NotThrow(() => RuleParser.Parse(Presets.Query(name)!, ConceptLexicon.Default));
    }

    [Theory]
    [InlineData("preset:russia-denial", true)]
    [InlineData(" PRESET:Russia-Denial ", true)]
    [InlineData("preset:nope", false)]
    [InlineData("actor:russia NEAR/5 stance:denial", false)]
    public void Expand_PresetReference_IsThePresetsCurrentText(string query, bool preset)
    {
        Presets.Expand(query).ShouldBe(preset ? Presets.Query(Presets.RussiaDenial) : query);
    }

    [Fact]
    public void Rule_UnknownName_IsNull()
    {
        Presets.Rule("nope").ShouldBeNull();
    }

    [Theory]
    [InlineData("APT28 behind the attack, Kremlin says claims are baseless.")]
    [InlineData("Hackers hit the ministry.\nالكرملين: الاتهامات سخيفة")]
    [InlineData("Piratage : Moscou dément toute ingérence.")]
    [InlineData("Хакерская атака. Песков назвал обвинения абсурдными.")]
    public void RussiaDenial_IssueExamples_Match(string text)
    {
        RussiaDenial.Match(text).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Russia denies doping claims. The Kremlin called the report absurd.")]
    [InlineData("Hackers hit the ministry. Ukraine rejected the claims.\nRussia was quiet.")]
    [InlineData("Russian hackers attacked the grid. Experts said the report was absurd, the weather was cold, the roads were icy and the schools stayed closed for most of the week because the heating in many old buildings had failed again, and the Kremlin stayed silent on Monday about everything that happened in the region last week.")]
    public void RussiaDenial_DenialNotBoundToRussia_DoesNotMatch(string text)
    {
        RussiaDenial.Match(text).ShouldBeEmpty();
    }
}
