using System.Text.Json.Nodes;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary><c>/status</c> through the fake Discord against the real host: the guild's sources, backlog and paused rules, and no other guild's.</summary>
public sealed class StatusSlashCommandTests(CommandBot bot) : IClassFixture<CommandBot>
{
    private const ulong Guild = 1_100_000_000_000_006_001;
    private const ulong OtherGuild = 1_100_000_000_000_006_002;

    [Fact]
    public void Register_Status_OpenToEveryMemberAndLocalised()
    {
        var status = bot.Discord.Commands["global"].OfType<JsonObject>().Single(c => c["name"]!.GetValue<string>() == "status");

        status["default_member_permissions"].ShouldBeNull();
        status["name_localizations"]!["fr"]!.GetValue<string>().ShouldBe("état");
        status["description_localizations"]!["ar"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Status_Member_ShowsFailingSourcePausedRulesAndBacklogOfItsGuildOnlyFiveListed()
    {
        await ExecuteAsync($$"""
            INSERT INTO sources (name, url, poll_interval, origin, error_streak, last_result, last_http_status, last_problem, paused_at, paused_reason, next_due_at)
            VALUES ('status-a-global', 'https://status-a.example/feed', '00:05:00', 'command', 4, 'HttpError', 404, 'HTTP 404 at https://status-a.example/feed?key=s3cret', now(), 'HTTP 404 for a day at https://status-a.example/feed?key=s3cret', now() + interval '1 day'),
                   ('status-b-global', 'https://status-b.example/feed', '00:05:00', 'command', 2, 'Timeout', NULL, 'no answer in 30 s', NULL, NULL, now() + interval '1 day');
            INSERT INTO source_subscriptions (guild_id, source_id, name) SELECT {{Guild}}, id, 'a-feed' FROM sources WHERE name = 'status-a-global';
            INSERT INTO source_subscriptions (guild_id, source_id, name) SELECT {{OtherGuild}}, id, 'b-feed' FROM sources WHERE name = 'status-b-global';
            INSERT INTO watch_rules (guild_id, name, query, channel_id, origin, paused_at, paused_reason)
            VALUES ({{Guild}}, 'A refused', 'cyber', 123, 'command', now(), 'Discord refused channel 123: Missing Access');
            INSERT INTO watch_rules (guild_id, name, query, channel_id, origin, paused_at, paused_reason)
            SELECT {{OtherGuild}}, 'B refused' || CASE WHEN n = 1 THEN '' ELSE ' ' || n END, 'cyber', 125, 'command', now(), 'B secret reason' FROM generate_series(1, 6) n;
            -- A notice of the pause that no channel of the guild could take; the other guild's is older than a day.
            INSERT INTO guild_notices (guild_id, channel_id, kind, subject, message, failed_at, last_error)
            VALUES ({{Guild}}, NULL, 'rules-paused', '<#123>', 'x', now() - interval '1 hour', 'no other channel'),
                   ({{OtherGuild}}, NULL, 'rules-paused', '<#125>', 'x', now() - interval '2 days', 'no other channel');
            -- Pending alerts wait for a retry a day away, so delivery leaves them pending.
            INSERT INTO alerts (article_id, evidence, guild_id, channel_id, rule_names, created_at, next_attempt_at, failed_at)
            SELECT (SELECT min(id) FROM articles), '{}'::text[], {{Guild}}, c, '{A refused}'::text[], now() - interval '90 minutes', now() + interval '1 day', NULL FROM generate_series(1, 3) c
            UNION ALL SELECT (SELECT min(id) FROM articles), '{}'::text[], {{Guild}}, 4, '{A refused}'::text[], now() - interval '2 hours', NULL, now() - interval '1 hour'
            UNION ALL SELECT (SELECT min(id) FROM articles), '{}'::text[], {{Guild}}, 5, '{A refused}'::text[], now() - interval '4 days', NULL, now() - interval '3 days'
            UNION ALL SELECT (SELECT min(id) FROM articles), '{}'::text[], {{OtherGuild}}, c, '{B refused}'::text[], now() - interval '3 days', now() + interval '1 day', NULL FROM generate_series(1, 7) c;
            """);

        var status = await bot.SendAsync("status", [], Guild, CommandBot.NoManageServer);
        var other = await bot.SendAsync("status", [], OtherGuild, CommandBot.NoManageServer);

        status.Ephemeral.ShouldBeTrue();
        status.Text.ShouldContain("Status of this server");
        status.Text.ShouldContain("Gateway: connected (this replica holds the shard)");
        status.Text.ShouldMatch(@"Last poll: \d{4}-\d\d-\d\d \d\d:\d\d UTC, 3 source\(s\) seen");
        // A guild reads the failure's kind, never the stored problem, which may quote a URL and its key.
        status.Text.ShouldContain("Failing sources (1): **a-feed** · HttpError · HTTP 404 (NotFound) · 4 failure(s) in a row · paused (after failing too long)");
        status.Text.ShouldNotContain("s3cret");
        status.Text.ShouldContain("Delivery backlog: 3 alert(s) pending, the oldest for 1 h 3");
        status.Text.ShouldContain("; 1 failed in the last 24 h");
        status.Text.ShouldContain("Paused rules (1): **A refused**: Discord refused channel 123: Missing Access\n1 notice(s) of a pause could not be posted in this server in the last 24 h.");
        status.Text.ShouldNotContain("b-feed");
        status.Text.ShouldNotContain("B refused");
        other.Text.ShouldContain("Failing sources (1): **b-feed** · Timeout · no complete answer in time · 2 failure(s) in a row");
        other.Text.ShouldContain("Delivery backlog: 7 alert(s) pending, the oldest for 3 d 0 h; 0 failed in the last 24 h");
        other.Text.ShouldContain("Paused rules (6): **B refused**: B secret reason\n**B refused 2**: B secret reason");
        other.Text.ShouldContain("**B refused 5**: B secret reason\n… and 1 more");
        other.Text.ShouldNotContain("B refused 6");
        other.Text.ShouldNotContain("a-feed");
        other.Text.ShouldNotContain("Missing Access");
        other.Text.ShouldNotContain("could not be posted");
    }

    [Fact]
    public async Task Status_GuildPausedItsOwnHealthySource_ListsItAsPausedBySourcePause()
    {
        const ulong guild = 1_100_000_000_000_006_011;
        await ExecuteAsync($$"""
            INSERT INTO sources (name, url, poll_interval, origin, error_streak, last_result, last_success_at, next_due_at)
            VALUES ('status-c-global', 'https://status-c.example/feed', '00:05:00', 'command', 0, 'Ok', now(), now() + interval '1 day');
            INSERT INTO source_subscriptions (guild_id, source_id, name, paused_at) SELECT {{guild}}, id, 'c-feed', now() FROM sources WHERE name = 'status-c-global';
            """);

        var status = await bot.SendAsync("status", [], guild, CommandBot.NoManageServer);
        var french = await bot.SendAsync("status", [], guild, CommandBot.NoManageServer, "fr");

        status.Text.ShouldContain("Failing sources (1): **c-feed** · Ok · paused (/source pause)");
        french.Text.ShouldContain("Sources en échec (1): **c-feed** · Ok · en pause (/source pause)");
    }

    [Theory]
    [InlineData("en-US", "Status of this server", "Gateway: connected (this replica holds the shard)", "Delivery backlog: nothing pending; 0 failed in the last 24 h", "Paused rules (0): none")]
    [InlineData("fr", "État de ce serveur", "Passerelle: connectée (cette instance tient le shard)", "File de livraison: rien en attente ; 0 en échec ces dernières 24 h", "Règles en pause (0): aucun")]
    [InlineData("ar", "حالة هذا الخادم", "البوابة: متصلة (هذه النسخة تحمل الشارد)", "قائمة انتظار التسليم: لا شيء قيد الانتظار؛ و0 فشلت خلال آخر 24 ساعة", "قواعد متوقفة (0): لا يوجد")]
    public async Task Status_QuietGuild_SaysSoInTheUsersLanguage(string locale, string title, string gateway, string backlog, string paused)
    {
        var status = await bot.SendAsync("status", [], Guild + 100 + (ulong)locale.Length, CommandBot.NoManageServer, locale);

        status.Ephemeral.ShouldBeTrue();
        status.Text.ShouldContain(title);
        status.Text.ShouldContain(gateway);
        status.Text.ShouldContain(backlog);
        status.Text.ShouldContain(paused);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(bot.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
