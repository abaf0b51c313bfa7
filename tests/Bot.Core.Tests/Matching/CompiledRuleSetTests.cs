using Bot.Core.Matching;
using Bot.Core.Rules;
using static Bot.Core.Tests.Support.RuleMatching;

namespace Bot.Core.Tests.Matching;

public sealed class CompiledRuleSetTests
{
    [Theory]
    [InlineData("Kremlin", "The KREMLIN said so.")]
    [InlineData("accus*", "They were accused of it.")]
    [InlineData("\"no evidence\"", "There is no evidence at all.")]
    [InlineData("الكرملين", "وقال المتحدث باسم والكرملين إن ذلك سخيف.")]
    [InlineData("انتخابات", "جرت الانتخابات أمس.")]
    [InlineData("انتخابات", "دعا للانتخابات.")]
    [InlineData("否认", "外交部否认了指控。")]
    [InlineData("Песков", "Пескову задали вопрос, но песков ответил.")]
    [InlineData("dément", "Moscou dement tout.")]
    [InlineData("attaque", "Il a dénoncé l'attaque.")]
    [InlineData("سيبراني*", "الهجمات السیبرانیة")]
    [InlineData("\"election commission\"", "Hackers broke into the election\r\ncommission's servers.")]
    [InlineData("\"election commission\" SENT hackers", "Hackers broke into the\nelection commission's servers.")]
    [InlineData("\"Russia-linked\"", "The Russia-linked group's tools.")]
    public void Match_TermInText_Matches(string rule, string text)
    {
        Match(rule, text).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Russia", "Belarussia is not it.")]
    [InlineData("hack", "The hackney carriage.")]
    [InlineData("\"no evidence\"", "No. Evidence came later.")]
    [InlineData("وزير", "الوزيرة")]
    [InlineData("\"election commission\"", "Hackers broke into the election\n\ncommission's servers.")]
    [InlineData("\"no evidence\"", "There is no, evidence.")]
    [InlineData("称其", "中央选举委员会称，其信息中心遭到攻击。")]
    [InlineData("\"البرلمان قال\"", "اتهمت لندن قراصنة بمهاجمة البرلمان، قال بيسكوف.")]
    [InlineData("\"election commission\"", "Hackers broke into the Election\nCommission's servers.")]
    public void Match_TermNotInText_DoesNotMatch(string rule, string text)
    {
        Match(rule, text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Kremlin NEAR/3 denies", "The Kremlin flatly and firmly denies it.", true)]
    [InlineData("Kremlin NEAR/2 denies", "The Kremlin flatly and firmly denies it.", false)]
    [InlineData("Kremlin SENT denies", "The Kremlin spoke. It denies it.", false)]
    [InlineData("Kremlin SENT denies", "The Kremlin spoke and denies it.", true)]
    [InlineData("Kremlin NOT doping", "The Kremlin denies doping.", false)]
    [InlineData("Kremlin NOT doping", "The Kremlin denies hacking.", true)]
    [InlineData("Kremlin OR Beijing", "Beijing denies hacking.", true)]
    [InlineData("Kremlin lang:en", "The Kremlin denies hacking and says it is absurd.", true)]
    [InlineData("Kremlin lang:fr", "The Kremlin denies hacking and says it is absurd.", false)]
    [InlineData("NOT Kremlin", "Nothing here.", true)]
    [InlineData("hackers SENT NOT could", "Hackers could strike. Hackers struck.", true)]
    [InlineData("hackers SENT NOT could", "Hackers could strike. Nobody struck.", false)]
    [InlineData("hackers SENT NOT could", "Hackers struck.", true)]
    [InlineData("NOT could SENT hackers", "Hackers could strike. Hackers struck.", true)]
    [InlineData("NOT could SENT hackers", "Hackers could strike.", false)]
    [InlineData("hackers NEAR/1 NOT could", "Hackers, officials said, could strike.", true)]
    [InlineData("hackers NEAR/2 NOT could", "Hackers, officials said, could strike.", false)]
    [InlineData("hackers SENT NOT (could OR might)", "Hackers might strike.", false)]
    [InlineData("hackers SENT NOT (could NEAR/1 strike)", "Hackers could strike. Hackers struck.", true)]
    [InlineData("hackers SENT NOT (could NEAR/1 strike)", "Hackers could not strike.", false)]
    [InlineData("hackers NEAR/3 NOT (could OR strike)", "Hackers, on Monday, could strike.", false)]
    [InlineData("hackers SENT NOT lang:en", "The hackers struck the election commission and the ministry on Monday.", false)]
    [InlineData("hackers SENT NOT lang:fr", "The hackers struck the election commission and the ministry on Monday.", true)]
    public void Match_Operators_BehaveAsDocumented(string rule, string text, bool expected)
    {
        Match(rule, text).Count.ShouldBe(expected ? 1 : 0);
    }

    [Fact]
    public void Match_SourceFilter_ComparesTheArticleSource()
    {
        var rules = CompiledRuleSet.Compile([Rule("r", "Kremlin source:bbc-arabic")]);

        rules.Match("Kremlin", "BBC-Arabic").ShouldHaveSingleItem();
        rules.Match("Kremlin", "the-record").ShouldBeEmpty();
    }

    [Fact]
    public void Match_Concept_ReportsConceptsAndLanguage()
    {
        var match = Match("actor:russia SENT stance:denial", "Moscou dément toute ingérence dans l'élection.").ShouldHaveSingleItem();

        match.Concepts.ShouldBe(["actor:russia", "stance:denial"]);
        match.Language.ShouldBe("fr");
    }

    [Fact]
    public void Match_ThreatGroupAlias_CountsForItsSponsor()
    {
        var match = Match("actor:russia", "Researchers tied the intrusion to Fancy Bear.").ShouldHaveSingleItem();

        match.Concepts.ShouldBe(["actor:russia"]);
    }

    [Theory]
    [InlineData("APT10 breached the managed service providers.")]
    [InlineData("APT 10 breached the managed service providers.")]
    [InlineData("The APT-10 group breached the managed service providers.")]
    public void Match_ThreatGroupNameAndNumber_JoinedOrApart(string text)
    {
        Match("group:apt10", text).ShouldHaveSingleItem().Concepts.ShouldBe(["group:apt10"]);
    }

    [Fact]
    public void Match_WildcardConcept_ReportsTheConceptsFound()
    {
        var match = Match("actor:*", "Beijing and Tehran responded.").ShouldHaveSingleItem();

        match.Concepts.ShouldBe(["actor:china", "actor:iran"]);
    }

    [Fact]
    public void Match_Evidence_HasOffsetsIntoTheOriginalText()
    {
        const string text = "Weather was fine.\nThe  Kremlin,\u00A0on Monday, called the claims «absurd». Nothing else.";

        var match = Match("Kremlin SENT absurd", text).ShouldHaveSingleItem();

        var evidence = match.Sentences.ShouldHaveSingleItem();
        text[evidence.Start..evidence.End].ShouldBe(evidence.Text);
        evidence.Text.ShouldBe("The  Kremlin,\u00A0on Monday, called the claims «absurd».");
        match.Evidence.ShouldBe([evidence.Text]);
    }

    [Fact]
    public void Match_SeveralRules_ReturnsMatchesInRuleOrder()
    {
        var rules = CompiledRuleSet.Compile([Rule("b", "hack"), Rule("none", "election"), Rule("a", "Kremlin")]);

        rules.Match("The Kremlin denies the hack.").Select(m => m.RuleName).ShouldBe(["b", "a"]);
    }

    [Fact]
    public void Match_ThousandsOfRules_FindsOnlyTheOnesInTheText()
    {
        var rules = Enumerable.Range(0, 5000).Select(i => Rule($"r{i}", $"\"word{i}x\" NEAR/5 actor:russia")).ToList();
        var compiled = CompiledRuleSet.Compile(rules);

        compiled.Match("Moscow said word42x and word4242x were nonsense.").Select(m => m.RuleName).ShouldBe(["r42", "r4242"]);
    }

    [Theory]
    [InlineData("China denies a Russian firm's report on the hacking.", false)]
    [InlineData("The Kremlin called the hacking claims absurd.", true)]
    [InlineData("The US accused Russia of the hack, but Moscow denied it.", true)]
    [InlineData("Berlin - China's embassy in Berlin rejected the hacking claims.", false)]
    [InlineData("نفت روسيا الاتهامات الأمريكية بالقرصنة.", true)]
    [InlineData("نفت الصين تقريرا روسيا عن القرصنة.", false)]
    [InlineData("Zakharova demanded that Berlin provide evidence of the hacking.", true)]
    public void Match_By_BindsTheDenialToWhoeverSaysIt(string text, bool russian)
    {
        Match("stance:denial BY/15 actor:russia", text).Count.ShouldBe(russian ? 1 : 0);
    }

    [Fact]
    public void Match_BindingLateInALongArticle_IsFound()
    {
        // Forty sentences naming Moscow before the one where it denies: every witness counts, not the first few.
        var opening = string.Concat(Enumerable.Repeat("Moscow hosted another meeting on trade today. ", 40));
        var text = opening + "Moscow called the hacking claims absurd.";

        var match = Match("(actor:russia NEAR/5 stance:denial) SENT topic:cyber", text).ShouldHaveSingleItem();

        match.Sentences.ShouldHaveSingleItem().Text.ShouldBe("Moscow called the hacking claims absurd.");
    }

    [Fact]
    public void Match_PageRepeatingBothWordsInOneLongSentence_StaysBounded()
    {
        // Thousands of witnesses on each side of one binding, in a single sentence: paired nearest first, a few each.
        var text = string.Concat(Enumerable.Repeat("Kremlin denies ", 5_000));

        var match = Match("Kremlin SENT denies", text).ShouldHaveSingleItem();

        match.Sentences.ShouldHaveSingleItem().Start.ShouldBe(0);
    }

    [Fact]
    public void Match_RulesSharingParts_MatchAsEachDoesAlone()
    {
        // The presets share their article tests and denials, computed once per article when compiled together.
        var together = CompiledRuleSet.Compile(Presets.Names.Select(name => Presets.Rule(name)!));
        var alone = Presets.Names.ToDictionary(name => name, name => CompiledRuleSet.Compile([Presets.Rule(name)!]));
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Acceptance", "Fixtures"), "*.txt");

        foreach (var text in fixtures.Select(File.ReadAllText))
        {
            var expected = Presets.Names.SelectMany(name => alone[name].Match(text)).Select(Describe);
            together.Match(text).Select(Describe).ShouldBe(expected);
        }

        static string Describe(RuleMatch m) =>
            $"{m.RuleName} [{string.Join(",", m.Concepts)}] {string.Join(";", m.Sentences.Select(s => $"{s.Start}-{s.End}"))}";
    }

    [Fact]
    public void Compile_PartUsedByTwoRules_IsOneSharedNode()
    {
        var compiler = new RuleSetCompiler(Bot.Core.Lexicon.ConceptLexicon.Default);
        var first = compiler.Compile(RuleParser.Parse("(Kremlin OR Moscow) AND hack*"));
        var second = compiler.Compile(RuleParser.Parse("(Kremlin OR Moscow) AND leak*"));

        var shared = compiler.Share([first, second], out var slots);

        slots.ShouldBe(1);
        shared[0].Left.ShouldBeSameAs(shared[1].Left);
        shared[0].Left!.Shared.ShouldBe(0);
        shared[0].Shared.ShouldBe(-1);
    }

    [Fact]
    public void Match_SentenceWithoutAPart_GivesTheSentencesWithoutItAsEvidence()
    {
        var match = Match("hackers SENT NOT could", "Hackers could strike. The hackers struck on Monday.").ShouldHaveSingleItem();

        match.Evidence.ShouldHaveSingleItem().ShouldBe("The hackers struck on Monday.");
    }

    [Fact]
    public void Match_EmptyRuleSet_MatchesNothing()
    {
        CompiledRuleSet.Empty.Match("The Kremlin denies the hack.").ShouldBeEmpty();
    }
}
