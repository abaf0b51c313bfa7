using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary><c>/watch</c> through the fake Discord against the real host: every subcommand, permissions, languages, isolation.</summary>
public sealed class WatchSlashCommandTests(CommandBot bot) : IClassFixture<CommandBot>
{
    private const ulong Channel = 1_200_000_000_000_000_501;
    private const ulong OtherChannel = 1_200_000_000_000_000_502;
    private const ulong Role = 1_200_000_000_000_000_601;

    [Fact]
    public void Register_WatchAndConcept_ManageServerByDefaultOnlyOnWatchAndEveryTextLocalised()
    {
        var commands = bot.Discord.Commands["global"].OfType<JsonObject>().ToDictionary(c => c["name"]!.GetValue<string>());

        commands["watch"]["default_member_permissions"]!.GetValue<string>().ShouldBe("32");
        commands["concept"]["default_member_permissions"].ShouldBeNull();
        var subcommands = commands["watch"]["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>());
        subcommands.ShouldBe(["add", "list", "show", "edit", "remove", "pause", "resume", "test"]);
        foreach (var locale in new[] { "fr", "ar" })
        {
            commands["watch"]["name_localizations"]![locale].ShouldNotBeNull();
            commands["concept"]["options"]![1]!["description_localizations"]![locale].ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Watch_FullLifecycle_EachChangeAppliesAndIsAudited()
    {
        const ulong guild = 1_100_000_000_000_000_101;

        var added = await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "Kremlin denials"), ("query", "actor:russia NEAR/15 stance:denial"), ("channel", Channel.ToString(CultureInfo.InvariantCulture)), ("mention_role", Role.ToString(CultureInfo.InvariantCulture))), guild);
        added.Text.ShouldContain("Rule “Kremlin denials” added");
        added.Text.ShouldContain($"<#{Channel}>");
        added.Ephemeral.ShouldBeTrue();

        var list = await bot.SendAsync("watch", CommandBot.Sub("list"), guild);
        list.Text.ShouldContain("Watch rules (1)");
        list.Text.ShouldContain("**Kremlin denials** · active");

        var shown = await bot.SendAsync("watch", CommandBot.Sub("show", ("name", "kremlin DENIALS")), guild);
        shown.Text.ShouldContain("actor:russia NEAR/15 stance:denial");
        shown.Text.ShouldContain($"<@&{Role}>");
        shown.Text.ShouldContain("Origin: command");

        var edited = await bot.SendAsync("watch", CommandBot.Sub("edit", ("name", "Kremlin denials"), ("query", "preset:russia-denial"), ("channel", OtherChannel.ToString(CultureInfo.InvariantCulture))), guild);
        edited.Text.ShouldContain("Rule “Kremlin denials” changed");
        (await bot.ScalarAsync<long>($"SELECT channel_id FROM watch_rules WHERE guild_id = {guild}")).ShouldBe((long)OtherChannel);
        (await bot.ScalarAsync<string>($"SELECT query FROM watch_rules WHERE guild_id = {guild}")).ShouldBe("preset:russia-denial"); // follows the preset as it improves

        (await bot.SendAsync("watch", CommandBot.Sub("pause", ("name", "Kremlin denials")), guild)).Text.ShouldContain("paused");
        (await bot.SendAsync("watch", CommandBot.Sub("pause", ("name", "Kremlin denials")), guild)).Text.ShouldContain("already paused");
        (await bot.SendAsync("watch", CommandBot.Sub("list"), guild)).Text.ShouldContain("paused (paused by analyst)");
        (await bot.SendAsync("watch", CommandBot.Sub("resume", ("name", "Kremlin denials")), guild)).Text.ShouldContain("resumed");
        (await bot.SendAsync("watch", CommandBot.Sub("resume", ("name", "Kremlin denials")), guild)).Text.ShouldContain("already active");
        (await bot.SendAsync("watch", CommandBot.Sub("remove", ("name", "Kremlin denials")), guild)).Text.ShouldContain("removed");
        (await bot.SendAsync("watch", CommandBot.Sub("list"), guild)).Text.ShouldContain("no watch rules yet");

        (await bot.ScalarAsync<string>($"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE guild_id = {guild}"))
            .ShouldBe("rule.add,rule.edit,rule.pause,rule.resume,rule.remove");
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE guild_id = {guild} AND actor_id = 1000000000000000042 AND actor_name = 'analyst'")).ShouldBe(5);
        (await bot.ScalarAsync<string>($"SELECT before->>'Query' || ' => ' || (after->>'ChannelId') FROM audit_log WHERE guild_id = {guild} AND action = 'rule.edit'"))
            .ShouldBe($"actor:russia NEAR/15 stance:denial => {OtherChannel}");
        (await bot.ScalarAsync<bool>($"SELECT after IS NULL AND before->>'Name' = 'Kremlin denials' FROM audit_log WHERE guild_id = {guild} AND action = 'rule.remove'")).ShouldBeTrue();
    }

    [Fact]
    public async Task WatchEdit_ClearMentionRole_RuleMentionsNobodyAndTheAuditKeepsTheOldRole()
    {
        const ulong guild = 1_100_000_000_000_000_151;
        var role = Role.ToString(CultureInfo.InvariantCulture);
        await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "Loud"), ("query", "cyber"), ("channel", Channel.ToString(CultureInfo.InvariantCulture)), ("mention_role", role)), guild);

        var cleared = await bot.SendAsync("watch", CommandBot.Sub("edit", ("name", "Loud"), ("clear_mention_role", true)), guild);

        cleared.Content.ShouldBe("Rule “Loud” changed.");
        (await bot.SendAsync("watch", CommandBot.Sub("show", ("name", "Loud")), guild)).Text.ShouldNotContain($"<@&{role}>");
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM watch_rules WHERE guild_id = {guild} AND name = 'Loud' AND mention_role_id IS NULL AND channel_id = {Channel}")).ShouldBe(1);
        (await bot.ScalarAsync<string>($"SELECT (before->>'MentionRoleId') || ' => ' || coalesce(after->>'MentionRoleId', 'none') FROM audit_log WHERE guild_id = {guild} AND action = 'rule.edit'"))
            .ShouldBe($"{role} => none");
    }

    [Theory]
    [InlineData("en-US", "Give either mention_role (a new role to mention) or clear_mention_role (mention nobody), not both.", "Give at least one of query, channel, mention_role or clear_mention_role to change.")]
    [InlineData("fr", "Indiquez soit mention_role (un nouveau rôle à mentionner), soit clear_mention_role (ne mentionner personne), pas les deux.", "Indiquez au moins une valeur à changer : query, channel, mention_role ou clear_mention_role.")]
    [InlineData("ar", "حدّد إما mention_role (دور جديد للإشارة إليه) أو clear_mention_role (عدم الإشارة إلى أحد)، لا كليهما.", "حدّد واحدًا على الأقل مما تريد تغييره: query أو channel أو mention_role أو clear_mention_role.")]
    public async Task WatchEdit_RoleAndClearTogetherOrClearFalseAlone_RefusedInTheUsersLanguageAndNothingChanges(string locale, string conflict, string nothing)
    {
        var guild = 1_100_000_000_000_000_160 + (ulong)locale.Length;
        var role = Role.ToString(CultureInfo.InvariantCulture);
        await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "Kept"), ("query", "cyber"), ("channel", Channel.ToString(CultureInfo.InvariantCulture)), ("mention_role", role)), guild);

        var both = await bot.SendAsync("watch", CommandBot.Sub("edit", ("name", "Kept"), ("mention_role", "1200000000000000999"), ("clear_mention_role", true)), guild, locale: locale);
        var falseAlone = await bot.SendAsync("watch", CommandBot.Sub("edit", ("name", "Kept"), ("clear_mention_role", false)), guild, locale: locale);

        both.Content.ShouldBe(conflict);
        both.Ephemeral.ShouldBeTrue();
        falseAlone.Content.ShouldBe(nothing);
        (await bot.ScalarAsync<long>($"SELECT mention_role_id FROM watch_rules WHERE guild_id = {guild} AND name = 'Kept'")).ShouldBe((long)Role);
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE guild_id = {guild} AND action = 'rule.edit'")).ShouldBe(0);
    }

    [Theory]
    [InlineData("en-US", "You need the Manage Server permission")]
    [InlineData("fr", "Il vous faut la permission « Gérer le serveur »")]
    [InlineData("ar", "تحتاج إلى صلاحية «إدارة الخادم»")]
    public async Task Watch_ChangeWithoutManageServer_RefusedEphemerallyInTheUsersLanguage(string locale, string expected)
    {
        var guild = 1_100_000_000_000_000_200 + (ulong)locale.Length;
        string[] changes = ["add", "edit", "remove", "pause", "resume"];
        foreach (var change in changes)
        {
            var answer = await bot.SendAsync("watch", CommandBot.Sub(change, ("name", "x"), ("query", "cyber"), ("channel", "1")), guild, CommandBot.NoManageServer, locale);

            answer.Content.ShouldStartWith(expected);
            answer.Ephemeral.ShouldBeTrue();
        }

        (await bot.ScalarAsync<long>($"SELECT count(*) FROM watch_rules WHERE guild_id = {guild}")).ShouldBe(0);
        (await bot.SendAsync("watch", CommandBot.Sub("list"), guild, CommandBot.NoManageServer, locale)).Text.ShouldNotContain(expected);
    }

    [Fact]
    public async Task Watch_ModeratorRoleWithoutManageServer_Allowed()
    {
        const ulong guild = 1_100_000_000_000_000_301;

        var answer = await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "by role"), ("query", "topic:cyber"), ("channel", Channel.ToString(CultureInfo.InvariantCulture))), guild, CommandBot.NoManageServer, roles: [CommandBot.ModeratorRole]);

        answer.Text.ShouldContain("Rule “by role” added");
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM watch_rules WHERE guild_id = {guild} AND name = 'by role'")).ShouldBe(1);
    }

    [Theory]
    [InlineData("en-US", "The query has a syntax error at position 14: 'NEAR/0' is not a valid distance. Hint: write NEAR/n with n a whole number from 1 to 100, such as NEAR/5.")]
    [InlineData("fr", "La requête contient une erreur de syntaxe à la position 14 : « NEAR/0 » n’est pas une distance valide. Conseil : écrivez NEAR/n avec n un nombre entier de 1 à 100, par exemple NEAR/5.")]
    [InlineData("ar", "في الاستعلام خطأ في الصياغة عند الموضع 14: «NEAR/0» ليست مسافة صالحة. تلميح: اكتب NEAR/n حيث n عدد صحيح من 1 إلى 100، مثل NEAR/5.")]
    public async Task Watch_QueryWithSyntaxError_SaysWhereWhatAndHowToFixItAllInTheUsersLanguage(string locale, string expected)
    {
        const ulong guild = 1_100_000_000_000_000_401;

        var answer = await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "bad " + locale), ("query", "actor:russia NEAR/0 stance:denial"), ("channel", "1")), guild, locale: locale);

        answer.Content.ShouldBe(expected);
        answer.Ephemeral.ShouldBeTrue();
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM watch_rules WHERE guild_id = {guild}")).ShouldBe(0);
    }

    [Theory]
    [InlineData("en-US", "The query has a syntax error at position 15: there is no concept 'actor:rusia'. Hint: did you mean actor:russia?", "at position 14: the parentheses are empty. Hint: put a condition inside them or remove them.")]
    [InlineData("fr", "La requête contient une erreur de syntaxe à la position 15 : il n’y a pas de concept « actor:rusia ». Conseil : vouliez-vous dire actor:russia ?", "à la position 14 : les parenthèses sont vides. Conseil : mettez-y une condition ou supprimez-les.")]
    [InlineData("ar", "في الاستعلام خطأ في الصياغة عند الموضع 15: لا يوجد مفهوم «actor:rusia». تلميح: هل تقصد actor:russia؟", "عند الموضع 14: القوسان فارغان. تلميح: ضع شرطًا بينهما أو احذفهما.")]
    public async Task WatchTestAndSearch_UnknownConceptOrEmptyGroup_ProblemAndHintInTheUsersLanguage(string locale, string unknownConcept, string emptyGroup)
    {
        const ulong guild = 1_100_000_000_000_000_451;

        var test = await bot.SendAsync("watch", CommandBot.Sub("test", ("query", "stance:denial actor:rusia")), guild, locale: locale);
        var search = await bot.SendAsync("search", CommandBot.Sub("search", ("query", "topic:cyber ()"))[0]!["options"]!.AsArray().DeepClone().AsArray(), guild, CommandBot.NoManageServer, locale);

        test.Content.ShouldBe(unknownConcept);
        search.Content.ShouldEndWith(emptyGroup);
        search.Ephemeral.ShouldBeTrue();
    }

    [Fact]
    public void RuleSyntaxTexts_EveryParserCode_HasItsOwnPhrasesInTheThreeLanguages() =>
        Enum.GetValues<Bot.Core.Rules.RuleSyntaxError>().Where(e => e != Bot.Core.Rules.RuleSyntaxError.Unspecified)
            .ShouldBe(Bot.Commands.Localization.RuleSyntaxTexts.Covered, ignoreOrder: true);

    [Theory]
    [InlineData("en-US", "There is no rule named “ghost” in this server.", "There is no preset “nope”", "days must be a whole number from 1 to 30 (got 99)", "A rule name has 1 to 64 characters")]
    [InlineData("fr", "Il n’y a pas de règle nommée « ghost » sur ce serveur.", "Il n’y a pas de préréglage « nope »", "days doit être un nombre entier de 1 à 30 (reçu 99)", "Un nom de règle compte de 1 à 64 caractères")]
    [InlineData("ar", "لا توجد قاعدة باسم «ghost» في هذا الخادم.", "لا يوجد إعداد مسبق باسم «nope»", "يجب أن تكون days عددًا صحيحًا من 1 إلى 30 (المُدخل: 99)", "اسم القاعدة من 1 إلى 64 حرفًا")]
    public async Task Watch_BadArguments_ExactMessageInTheUsersLanguage(string locale, string unknownRule, string unknownPreset, string badDays, string badName)
    {
        const ulong guild = 1_100_000_000_000_000_402;

        foreach (var change in new[] { "show", "edit", "remove", "pause", "resume" })
        {
            var answer = await bot.SendAsync("watch", CommandBot.Sub(change, ("name", "ghost"), ("query", "cyber")), guild, locale: locale);
            answer.Content.ShouldBe(unknownRule);
        }

        (await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "p"), ("query", "preset:nope"), ("channel", "1")), guild, locale: locale)).Text.ShouldContain(unknownPreset);
        (await bot.SendAsync("watch", CommandBot.Sub("test", ("query", "cyber"), ("days", 99L)), guild, locale: locale)).Text.ShouldContain(badDays);
        (await bot.SendAsync("watch", CommandBot.Sub("add", ("name", new string('n', 65)), ("query", "cyber"), ("channel", "1")), guild, locale: locale)).Text.ShouldContain(badName);
    }

    [Fact]
    public async Task Watch_TwoGuilds_AModeratorNeitherSeesNorChangesTheOtherGuildsRules()
    {
        const ulong guildA = 1_100_000_000_000_000_501;
        const ulong guildB = 1_100_000_000_000_000_502;
        await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "A secret"), ("query", "topic:election"), ("channel", Channel.ToString(CultureInfo.InvariantCulture))), guildA);

        (await bot.SendAsync("watch", CommandBot.Sub("list"), guildB)).Text.ShouldNotContain("A secret");
        foreach (var change in new[] { "show", "edit", "pause", "resume", "remove" })
        {
            (await bot.SendAsync("watch", CommandBot.Sub(change, ("name", "A secret"), ("query", "cyber")), guildB)).Text.ShouldContain("There is no rule named");
        }

        (await bot.SendAsync("watch", CommandBot.Sub("show", ("name", "A secret")), guildA)).Text.ShouldContain("topic:election");
        (await bot.SendAsync("watch", CommandBot.Sub("add", ("name", "A secret"), ("query", "topic:cyber"), ("channel", OtherChannel.ToString(CultureInfo.InvariantCulture))), guildB)).Text.ShouldContain("added");
        (await bot.ScalarAsync<string>($"SELECT query FROM watch_rules WHERE guild_id = {guildA} AND name = 'A secret' AND paused_at IS NULL")).ShouldBe("topic:election");
        var suggestions = await bot.SendAsync("watch", CommandBot.Focused("show", "name", "secret"), guildB, type: 4);
        suggestions.Choices.ShouldBe(["A secret"]);
        (await bot.ScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE guild_id = {guildA}")).ShouldBe(1);
    }

    [Fact]
    public async Task Watch_Autocomplete_OnlyThisGuildsNamesAtMost25StartingWithTheTypedTextFirst()
    {
        const ulong guild = 1_100_000_000_000_000_601;
        await using (var dataSource = Npgsql.NpgsqlDataSource.Create(bot.ConnectionString))
        {
            await using var insert = dataSource.CreateCommand($"""
                INSERT INTO watch_rules (guild_id, name, query, origin)
                SELECT {guild}, 'rule ' || lpad(n::text, 2, '0'), 'cyber', 'command' FROM generate_series(1, 30) n
                UNION ALL SELECT {guild}, 'my rule', 'cyber', 'command'
                UNION ALL SELECT {guild + 1}, 'rule of another guild', 'cyber', 'command'
                """);
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var answer = await bot.SendAsync("watch", CommandBot.Focused("remove", "name", "RULE"), guild, type: 4);

        answer.CallbackType.ShouldBe(8);
        answer.Choices.Count.ShouldBe(25);
        answer.Choices[0].ShouldBe("rule 01");
        answer.Choices.ShouldNotContain("rule of another guild");
        (await bot.SendAsync("watch", CommandBot.Focused("pause", "name", "my"), guild, type: 4)).Choices.ShouldBe(["my rule"]);
    }

    [Fact]
    public async Task WatchTest_SlowRead_DefersAtOnceThenEditsWithTheResult()
    {
        var answer = await bot.SendAsync("watch", CommandBot.Sub("test", ("query", "preset:russia-denial")), CommandBot.SlowGuild);

        answer.CallbackType.ShouldBe(5);
        answer.Interaction.RefusedCodes.ShouldBeEmpty();
        answer.Ephemeral.ShouldBeTrue();
        answer.Text.ShouldContain($"of the {bot.SeedCount} articles stored in the last 7 day(s) would have matched");
    }

    [Fact]
    public async Task WatchTest_SeedCorpus_ShowsMatchesWithEvidenceSentences()
    {
        const ulong guild = 1_100_000_000_000_000_701;

        var answer = await bot.SendAsync("watch", CommandBot.Sub("test", ("query", "preset:russia-denial"), ("days", 2L)), guild);

        var embed = answer.Embeds.ShouldHaveSingleItem()!;
        embed["title"]!.GetValue<string>().ShouldBe("Dry run over 2 day(s)");
        embed["description"]!.GetValue<string>().ShouldStartWith($"3 of the {bot.SeedCount} articles stored in the last 2 day(s) would have matched.");
        var fields = embed["fields"]!.AsArray().OfType<JsonObject>().ToList();
        fields.Count.ShouldBe(3);
        fields.ShouldAllBe(f => f["value"]!.GetValue<string>().StartsWith("> ", StringComparison.Ordinal));
        fields.ShouldAllBe(f => f["value"]!.GetValue<string>().Contains("https://example.com/seeds/", StringComparison.Ordinal));
        answer.Text.ShouldContain("· seeds");
    }
}
