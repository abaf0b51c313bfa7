using Bot.Core.Watching;

namespace Bot.Core.Tests.Watching;

public sealed class RuleBookTests
{
    private const string Text = "Kremlin denies hacking the election. Peskov called the claims absurd.";
    private static readonly GuildId GuildA = new(100);
    private static readonly GuildId GuildB = new(200);

    [Fact]
    public void Match_SharedSource_EveryGuildsRulesApply()
    {
        var book = RuleBook.Build(Snapshot([Rule(1, GuildA, "a", "Kremlin", 10), Rule(2, GuildB, "b", "Kremlin", 20)]));

        var drafts = book.Match(sourceId: 1, "news", Text);

        drafts.Select(d => (d.Guild, d.ChannelId)).ShouldBe([(GuildA, (ulong?)10), (GuildB, (ulong?)20)], ignoreOrder: true);
    }

    [Fact]
    public void Match_OwnSource_OnlyItsSubscribersRulesApply()
    {
        var snapshot = Snapshot([Rule(1, GuildA, "a", "Kremlin", 10), Rule(2, GuildB, "b", "Kremlin", 20)]) with
        {
            OwnSources = new Dictionary<long, IReadOnlyList<GuildId>> { [7] = [GuildB] },
        };

        var drafts = RuleBook.Build(snapshot).Match(sourceId: 7, "own", Text);

        drafts.ShouldHaveSingleItem().Guild.ShouldBe(GuildB);
    }

    [Fact]
    public void Match_TwoRulesToOneChannel_OneDraftNamingBoth()
    {
        var book = RuleBook.Build(Snapshot([
            Rule(1, GuildA, "kremlin", "Kremlin", 10, role: 5),
            Rule(2, GuildA, "peskov", "Peskov", 10, role: 6),
            Rule(3, GuildA, "elsewhere", "Kremlin", 11),
            Rule(4, GuildA, "no match", "Beijing", 10)]));

        var drafts = book.Match(1, "news", Text);

        drafts.Count.ShouldBe(2);
        var toTen = drafts.Single(d => d.ChannelId == 10);
        toTen.RuleNames.ShouldBe(["kremlin", "peskov"]);
        toTen.MentionRoleIds.ShouldBe([5UL, 6UL]);
        toTen.Evidence.ShouldBe(toTen.Evidence.Distinct());
        toTen.Language.ShouldBe("en");
        drafts.Single(d => d.ChannelId == 11).RuleNames.ShouldBe(["elsewhere"]);
    }

    [Fact]
    public void Match_GuildTerm_CountsForThatGuildOnly()
    {
        var snapshot = Snapshot([Rule(1, GuildA, "a", "actor:russia", null), Rule(2, GuildB, "b", "actor:russia", null)]) with
        {
            Terms = [new GuildTerm(GuildA, "actor:russia", "en", "Bear Country")],
        };

        var drafts = RuleBook.Build(snapshot).Match(1, "news", "Bear Country says nothing happened.");

        drafts.ShouldHaveSingleItem().Guild.ShouldBe(GuildA);
    }

    [Fact]
    public void Build_RuleThatNoLongerParses_IsLeftOutAndReported()
    {
        var book = RuleBook.Build(Snapshot([Rule(1, GuildA, "broken", "(Kremlin", null), Rule(2, GuildA, "fine", "Kremlin", null)]));

        book.Problems.ShouldHaveSingleItem().Rule.Name.ShouldBe("broken");
        book.RuleCount.ShouldBe(1);
        book.Match(1, "news", Text).ShouldHaveSingleItem().RuleNames.ShouldBe(["fine"]);
    }

    [Fact]
    public void Build_RuleNamingAPreset_MatchesWithThePresetsText()
    {
        var book = RuleBook.Build(Snapshot([Rule(1, GuildA, "kremlin", "preset:russia-denial", null), Rule(2, GuildA, "typo", "preset:russia-denail", null)]));

        book.Match(1, "news", Text).ShouldHaveSingleItem().RuleNames.ShouldBe(["kremlin"]);
        book.Problems.ShouldHaveSingleItem().Rule.Name.ShouldBe("typo");
    }

    [Fact]
    public void Build_WithPrevious_ChangesOnlyWhatChanged()
    {
        var first = RuleBook.Build(Snapshot([Rule(1, GuildA, "a", "Kremlin", 1), Rule(2, GuildB, "b", "Kremlin", 2)]));

        var second = RuleBook.Build(Snapshot([Rule(1, GuildA, "a", "Kremlin", 1), Rule(2, GuildB, "b", "Beijing", 2)]), first);

        second.Match(1, "news", Text).ShouldHaveSingleItem().Guild.ShouldBe(GuildA);
        second.Match(1, "news", "Beijing denies everything").ShouldHaveSingleItem().Guild.ShouldBe(GuildB);
    }

    [Fact]
    public void Empty_MatchesNothing() => RuleBook.Empty.Match(1, "news", Text).ShouldBeEmpty();

    private static WatchSnapshot Snapshot(IReadOnlyList<StoredRule> rules) => WatchSnapshot.Empty with { Rules = rules };

    private static StoredRule Rule(long id, GuildId guild, string name, string query, ulong? channel, ulong? role = null) =>
        new(id, guild, name, query, channel, role, RuleOrigin.Command, null, DateTimeOffset.UnixEpoch);
}
