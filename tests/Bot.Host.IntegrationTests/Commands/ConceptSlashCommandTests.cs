namespace Bot.Host.IntegrationTests.Commands;

/// <summary><c>/concept show</c> and <c>/concept add-term</c> through the fake Discord against the real host.</summary>
public sealed class ConceptSlashCommandTests(CommandBot bot) : IClassFixture<CommandBot>
{
    [Fact]
    public async Task ConceptShow_ShippedConcept_ListsTermsPerLanguageForAnyMember()
    {
        var answer = await bot.SendAsync("concept", CommandBot.Sub("show", ("name", "actor:russia")), 1_100_000_000_000_001_001, CommandBot.NoManageServer);

        answer.Ephemeral.ShouldBeFalse();
        answer.Text.ShouldContain("Concept actor:russia");
        answer.Text.ShouldContain("en: ");
        answer.Text.ShouldContain("fr: ");
        answer.Text.ShouldContain("ar: ");
        answer.Text.ShouldContain("Kremlin");
        answer.Text.ShouldContain(", 0 added by this server.");
    }

    [Fact]
    public async Task ConceptAddTerm_Moderator_TermShownAndUsedByThisGuildsRulesOnly()
    {
        const ulong guild = 1_100_000_000_000_001_101;

        var added = await bot.SendAsync("concept", CommandBot.Sub("add-term", ("concept", "actor:russia"), ("language", "fr"), ("term", "l'ours du nord")), guild);
        added.Text.ShouldContain("Added “l'ours du nord” (fr) to actor:russia");
        (await bot.SendAsync("concept", CommandBot.Sub("add-term", ("concept", "actor:russia"), ("language", "fr"), ("term", "l'ours du nord")), guild))
            .Text.ShouldContain("is already a term of actor:russia");

        (await bot.SendAsync("concept", CommandBot.Sub("show", ("name", "actor:russia")), guild)).Text.ShouldContain("This server’s terms: l'ours du nord (fr)");
        (await bot.SendAsync("concept", CommandBot.Sub("show", ("name", "actor:russia")), guild + 1)).Text.ShouldNotContain("l'ours du nord");
        (await bot.ScalarAsync<string>($"SELECT action || ' ' || subject || ' ' || (after->>'Term') FROM audit_log WHERE guild_id = {guild}")).ShouldBe("term.add actor:russia l'ours du nord");
    }

    [Theory]
    [InlineData("en-US", "You need the Manage Server permission", "There is no concept “actor:rusia”; did you mean actor:russia?", "“xx” is not a language the bot reads", "A concept is written kind:name")]
    [InlineData("fr", "Il vous faut la permission", "Il n’y a pas de concept « actor:rusia » ; vouliez-vous dire actor:russia ?", "« xx » n’est pas une langue que le bot lit", "Un concept s’écrit type:nom")]
    [InlineData("ar", "تحتاج إلى صلاحية", "لا يوجد مفهوم باسم «actor:rusia»؛ هل تقصد actor:russia؟", "«xx» ليست لغة يقرؤها البوت", "يُكتب المفهوم بصيغة النوع:الاسم")]
    public async Task Concept_BadArgumentsOrNoPermission_ExactMessageInTheUsersLanguage(string locale, string denied, string unknown, string badLanguage, string badConcept)
    {
        const ulong guild = 1_100_000_000_000_001_201;

        var refused = await bot.SendAsync("concept", CommandBot.Sub("add-term", ("concept", "actor:russia"), ("language", "en"), ("term", "bear")), guild, CommandBot.NoManageServer, locale);
        refused.Content.ShouldStartWith(denied);
        refused.Ephemeral.ShouldBeTrue();
        (await bot.SendAsync("concept", CommandBot.Sub("show", ("name", "actor:rusia")), guild, locale: locale)).Content.ShouldBe(unknown);
        (await bot.SendAsync("concept", CommandBot.Sub("add-term", ("concept", "actor:russia"), ("language", "xx"), ("term", "bear")), guild, locale: locale)).Content.ShouldStartWith(badLanguage);
        (await bot.SendAsync("concept", CommandBot.Sub("show", ("name", "russia")), guild, locale: locale)).Content.ShouldStartWith(badConcept);
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM concept_terms WHERE guild_id = {guild}")).ShouldBe(0);
    }

    [Fact]
    public async Task Concept_Autocomplete_SuggestsConceptNamesAtMost25()
    {
        const ulong guild = 1_100_000_000_000_001_301;

        var russia = await bot.SendAsync("concept", CommandBot.Focused("show", "name", "rus"), guild, type: 4);
        var groups = await bot.SendAsync("concept", CommandBot.Focused("add-term", "concept", "group:"), guild, type: 4);

        russia.Choices[0].ShouldBe("actor:russia");
        groups.Choices.Count.ShouldBe(25);
        groups.Choices.ShouldAllBe(c => c.StartsWith("group:", StringComparison.Ordinal));
    }
}
