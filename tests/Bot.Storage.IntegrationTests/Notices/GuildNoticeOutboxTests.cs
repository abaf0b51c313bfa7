using Bot.Core.Notices;
using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Notices;

/// <summary>Guild notices as storage writes them (with the pause, per target) and hands them out (once, to one worker).</summary>
public sealed class GuildNoticeOutboxTests(PostgresDatabase database) : StorageTestBase(database)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IGuildNoticeOutbox Outbox => Services.GetRequiredService<IGuildNoticeOutbox>();

    [Fact]
    public async Task RecordPollAsync_Pause_WritesOneNoticePerChannelOfEachGuildUsingTheSourceInTheSameBatch()
    {
        await ResetAsync();
        var shared = await AddSourceAsync("notice-shared");
        await RuleAsync(0, "op-a", 501);
        await RuleAsync(0, "op-a2", 501);
        await RuleAsync(0, "op-console", null);
        await RuleAsync(7, "g7", 701);
        await ExecuteAsync("INSERT INTO watch_rules (guild_id, name, query, channel_id, origin, paused_at) VALUES (8, 'paused', 'hack', 801, 'command', now())");

        await Services.GetRequiredService<ISourceScheduleStore>().RecordPollAsync(shared, PausingRecord(), Token);

        (await TargetsAsync()).ShouldBe(["0:501", "7:701"]);
        (await Database.ScalarAsync<string>("SELECT message FROM guild_notices WHERE guild_id = 7"))
            .ShouldBe("Source **notice-shared** is paused: it has failed for 26 hours (40 polls in a row). Last problem: HTTP 404 (NotFound). "
                + "Its articles are not read until it is resumed: the bot's operator runs `bot sources resume notice-shared`.");
    }

    [Fact]
    public async Task RecordPollAsync_PauseOfAGuildsOwnSource_TellsOnlyItsActiveSubscribersUnderTheirName()
    {
        await ResetAsync();
        var sources = Services.GetRequiredService<IGuildSourceStore>();
        var url = new Uri("https://example.com/own-notice.xml");
        var mine = await sources.SubscribeAsync(new GuildId(7), AuditActor.CommandLine, "mine", url, TimeSpan.FromMinutes(5), Token);
        await sources.SubscribeAsync(new GuildId(8), AuditActor.CommandLine, "theirs", url, TimeSpan.FromMinutes(5), Token);
        await sources.SubscribeAsync(new GuildId(9), AuditActor.CommandLine, "muted", url, TimeSpan.FromMinutes(5), Token);
        await sources.SetPausedAsync(new GuildId(9), AuditActor.CommandLine, "muted", paused: true, Token);
        await RuleAsync(0, "op", 501);
        await RuleAsync(7, "g7", 701);
        await RuleAsync(8, "g8", 801);
        await RuleAsync(9, "g9", 901);

        await Services.GetRequiredService<ISourceScheduleStore>().RecordPollAsync(mine!.SourceId, PausingRecord(), Token);

        (await TargetsAsync()).ShouldBe(["7:701", "8:801"]);
        (await Database.ScalarAsync<string>("SELECT message FROM guild_notices WHERE guild_id = 8")).ShouldContain("**theirs**");
        (await Database.ScalarAsync<string>("SELECT message FROM guild_notices WHERE guild_id = 8")).ShouldEndWith("`/source resume theirs`.");

        // /source resume lifts the pause (and only a new pause writes new notices).
        await sources.SetPausedAsync(new GuildId(7), AuditActor.CommandLine, "mine", paused: false, Token);
        (await Database.ScalarAsync<bool>($"SELECT paused_at IS NULL FROM sources WHERE id = {mine.SourceId}")).ShouldBeTrue();
        (await Database.ScalarAsync<long>("SELECT count(*) FROM guild_notices")).ShouldBe(2);
    }

    [Fact]
    public async Task PauseRulesForChannelAsync_Refusal_NoticeInAnotherActiveChannelOnceElseRecordedAsNotPosted()
    {
        await ResetAsync();
        var watch = Services.GetRequiredService<IWatchStore>();
        await RuleAsync(5, "refused", 551);
        await RuleAsync(5, "works", 552);
        await RuleAsync(6, "alone", 661);

        (await watch.PauseRulesForChannelAsync(new GuildId(5), 551, "Missing Permissions", Token)).ShouldBe(["refused"]);
        (await watch.PauseRulesForChannelAsync(new GuildId(5), 551, "Missing Permissions", Token)).ShouldBeEmpty();
        await watch.PauseRulesForChannelAsync(new GuildId(6), 661, "Unknown Channel", Token);

        (await TargetsAsync()).ShouldBe(["5:552", "6:"]);
        (await Database.ScalarAsync<string>("SELECT message FROM guild_notices WHERE guild_id = 5")).ShouldContain("<#551> (Missing Permissions)");
        (await Database.ScalarAsync<bool>("SELECT failed_at IS NOT NULL AND last_error IS NOT NULL FROM guild_notices WHERE guild_id = 6")).ShouldBeTrue();
    }

    [Fact]
    public async Task ClaimNextAsync_HeldByOneWorker_OthersSkipItAndOutcomesAreKept()
    {
        await ResetAsync();
        await RuleAsync(5, "refused", 551);
        await RuleAsync(5, "works", 552);
        await RuleAsync(5, "also", 553);
        var watch = Services.GetRequiredService<IWatchStore>();
        await watch.PauseRulesForChannelAsync(new GuildId(5), 551, "Missing Permissions", Token);
        await watch.PauseRulesForChannelAsync(new GuildId(5), 552, "Missing Permissions", Token);

        await using (var first = await Outbox.ClaimNextAsync(Now, Token))
        {
            first.ShouldNotBeNull();
            await using var second = await Outbox.ClaimNextAsync(Now, Token);
            second.ShouldNotBeNull();
            second.Notice.Id.ShouldNotBe(first.Notice.Id);
            (await Outbox.ClaimNextAsync(Now, Token)).ShouldBeNull("both are held");
            await first.MarkDeliveredAsync(9001, Token);
            await second.MarkRetryAsync("503", Now.AddMinutes(1), Token);
        }

        (await Outbox.ClaimNextAsync(Now, Token)).ShouldBeNull("one is posted, the other waits for its retry");
        await using (var retried = await Outbox.ClaimNextAsync(Now.AddMinutes(2), Token))
        {
            retried.ShouldNotBeNull();
            retried.Notice.Attempts.ShouldBe(1);
            await retried.MarkFailedAsync("refused", Token);
        }

        (await Outbox.ClaimNextAsync(Now.AddHours(1), Token)).ShouldBeNull();
        (await Database.ScalarAsync<long>("SELECT count(*) FROM guild_notices WHERE message_id = 9001 AND delivered_at IS NOT NULL")).ShouldBe(1);
    }

    private static PollRecord PausingRecord() =>
        new(Now, PollResultKind.HttpError, 404, "HTTP 404 NotFound", null, null, null, Now.AddMinutes(5), 40, Now.AddHours(-26), "Paused: failed for a day")
        {
            GuildNotice = GuildNoticeText.SourcePaused(TimeSpan.FromHours(26), 40, "HTTP 404 (NotFound)"),
        };

    private async Task<List<string>> TargetsAsync()
    {
        await using var dataSource = Database.CreateDataSource();
        await using var command = dataSource.CreateCommand("SELECT guild_id || ':' || coalesce(channel_id::text, '') FROM guild_notices ORDER BY guild_id, channel_id");
        await using var reader = await command.ExecuteReaderAsync(Token);
        var targets = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            targets.Add(reader.GetString(0));
        }

        return targets;
    }

    private Task RuleAsync(long guild, string name, long? channel) =>
        ExecuteAsync($"INSERT INTO watch_rules (guild_id, name, query, channel_id, origin) VALUES ({guild}, '{name}', 'hack', {(channel is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "NULL")}, 'command')");

    // The class shares one database: each test starts without rules, sources or notices.
    private Task ResetAsync() => ExecuteAsync("TRUNCATE watch_rules, sources, guild_notices, source_subscriptions CASCADE");

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = Database.CreateDataSource();
        await dataSource.CreateCommand(sql).ExecuteNonQueryAsync(Token);
    }
}
