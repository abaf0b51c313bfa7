using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Watching;

public sealed class WatchStoreTests(PostgresDatabase database) : StorageTestBase(database)
{
    private IWatchStore Store => Services.GetRequiredService<IWatchStore>();

    [Fact]
    public async Task SyncConfiguredRulesAsync_AddsUpdatesAndRetires_LeavesCommandRules()
    {
        var token = TestContext.Current.CancellationToken;
        await ExecuteAsync("INSERT INTO watch_rules (guild_id, name, query, origin) VALUES (0, 'by command', 'hack', 'command')");
        await Store.SyncConfiguredRulesAsync([new("Old", "old", null, null), new("Kept", "kept", null, null)], token);

        await Store.SyncConfiguredRulesAsync([new("kept", "kept AND new", 42, 7), new("Added", "added", null, null)], token);

        var rules = (await Store.LoadAsync(token)).Rules.Where(r => r.Guild.IsOperator).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        // Other tests of the class share the database; only this test's names count.
        rules.Select(r => r.Name).Where(n => n is "Added" or "by command" or "kept" or "Kept" or "Old").ShouldBe(["Added", "by command", "kept"]);
        var kept = rules.Single(r => r.Name == "kept");
        kept.Query.ShouldBe("kept AND new");
        kept.ChannelId.ShouldBe(42UL);
        kept.MentionRoleId.ShouldBe(7UL);
        kept.Origin.ShouldBe(RuleOrigin.Configuration);
        rules.Single(r => r.Name == "by command").Origin.ShouldBe(RuleOrigin.Command);
        (await Database.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'rule.retire' AND subject = 'Old'")).ShouldBe(1);
    }

    [Fact]
    public async Task SyncConfiguredRulesAsync_CommandRuleOfTheSameName_Wins()
    {
        var token = TestContext.Current.CancellationToken;
        await ExecuteAsync("INSERT INTO watch_rules (guild_id, name, query, origin) VALUES (0, 'Mine', 'mine', 'command')");

        await Store.SyncConfiguredRulesAsync([new("mine", "configured", null, null)], token);

        (await Store.LoadAsync(token)).Rules.Single(r => r.Name.Equals("mine", StringComparison.OrdinalIgnoreCase)).Query.ShouldBe("mine");
    }

    [Fact]
    public async Task SyncConfiguredRulesAsync_RuleDeliveryPaused_IsResumed()
    {
        var token = TestContext.Current.CancellationToken;
        await Store.SyncConfiguredRulesAsync([new("Resumable", "hack", 31, null)], token);
        (await Store.PauseRulesForChannelAsync(GuildId.Operator, 31, "Missing Access", token)).ShouldBe(["Resumable"]);

        await Store.SyncConfiguredRulesAsync([new("Resumable", "hack", 31, null)], token);

        (await Store.LoadAsync(token)).Rules.ShouldContain(r => r.Name == "Resumable");
    }

    [Fact]
    public async Task LoadAsync_ReadsActiveRulesOwnSourcesAndTerms()
    {
        var token = TestContext.Current.CancellationToken;
        var shared = await AddSourceAsync("load-shared");
        var own = await Services.GetRequiredService<ISourceStore>().SaveAsync(
            new FeedSource("load-own", new Uri("https://example.com/own.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Command, token);
        await ExecuteAsync($"""
            INSERT INTO watch_rules (guild_id, name, query, channel_id, origin) VALUES (501, 'active', 'hack', 9, 'command');
            INSERT INTO watch_rules (guild_id, name, query, origin, paused_at, paused_reason) VALUES (501, 'paused', 'hack', 'command', now(), 'by moderator');
            INSERT INTO source_subscriptions (guild_id, source_id, name) VALUES (501, {own}, 'own'), (502, {own}, 'own');
            INSERT INTO source_subscriptions (guild_id, source_id, name, paused_at) VALUES (503, {own}, 'own', now());
            INSERT INTO concept_terms (guild_id, concept, language, term) VALUES (501, 'actor:russia', 'en', 'the Bear');
            """);

        var snapshot = await Store.LoadAsync(token);

        snapshot.Rules.Where(r => r.Guild == new GuildId(501)).Select(r => r.Name).ShouldBe(["active"]);
        snapshot.Rules.Single(r => r.Name == "active").ChannelId.ShouldBe(9UL);
        snapshot.OwnSources[own].OrderBy(g => g.Value).ShouldBe([new GuildId(501), new GuildId(502)]);
        snapshot.OwnSources.ContainsKey(shared).ShouldBeFalse();
        snapshot.Terms.ShouldContain(new GuildTerm(new GuildId(501), "actor:russia", "en", "the Bear"));
    }

    [Fact]
    public async Task PauseRulesForChannelAsync_PausesThatChannelsRulesOnly_AndAudits()
    {
        var token = TestContext.Current.CancellationToken;
        await ExecuteAsync("""
            INSERT INTO watch_rules (guild_id, name, query, channel_id, origin) VALUES
                (601, 'to 1', 'hack', 1, 'command'), (601, 'also to 1', 'hack', 1, 'command'),
                (601, 'to 2', 'hack', 2, 'command'), (602, 'other guild to 1', 'hack', 1, 'command');
            """);

        var paused = await Store.PauseRulesForChannelAsync(new GuildId(601), 1, "Missing Access", token);

        paused.Order(StringComparer.Ordinal).ShouldBe(["also to 1", "to 1"]);
        var active = (await Store.LoadAsync(token)).Rules.Select(r => r.Name).ToList();
        active.ShouldContain("to 2");
        active.ShouldContain("other guild to 1");
        active.ShouldNotContain("to 1");
        (await Database.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE guild_id = 601 AND action = 'rule.pause' AND actor_name = 'delivery'")).ShouldBe(2);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = Database.CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
