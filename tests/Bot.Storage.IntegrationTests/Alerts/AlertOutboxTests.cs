using Bot.Core.Alerts;
using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Alerts;

public sealed class AlertOutboxTests(PostgresDatabase database) : StorageTestBase(database)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly GuildId Guild = new(1234);

    private IAlertOutbox Outbox => Services.GetRequiredService<IAlertOutbox>();

    [Fact]
    public async Task ClaimNextAsync_PendingAlerts_ClaimsOldestWithArticleDetails()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-details");
        await QueueAsync(source, "id:1", "first", Draft(Guild, 55) with { MentionRoleIds = [77], Concepts = ["actor:russia"], Language = "fr" });
        await QueueAsync(source, "id:2", "second");

        await using var claim = await Outbox.ClaimNextAsync(Now, token);

        claim.ShouldNotBeNull();
        claim.Alert.Title.ShouldBe("first");
        claim.Alert.SourceName.ShouldBe("outbox-details");
        claim.Alert.RuleNames.ShouldBe(["rule"]);
        claim.Alert.Evidence.ShouldBe(["evidence"]);
        claim.Alert.Link.ShouldBe(new Uri("https://example.com/id:1"));
        claim.Alert.Guild.ShouldBe(Guild);
        claim.Alert.ChannelId.ShouldBe(55UL);
        claim.Alert.MentionRoleIds.ShouldBe([77UL]);
        claim.Alert.Concepts.ShouldBe(["actor:russia"]);
        claim.Alert.Language.ShouldBe("fr");
        await claim.MarkDeliveredAsync(999, token);
        (await Database.ScalarAsync<long>($"SELECT message_id FROM alerts WHERE id = {claim.Alert.Id}")).ShouldBe(999);
        await DrainAsync();
    }

    [Fact]
    public async Task ClaimNextAsync_TwoWorkers_NeverGetTheSameAlert()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-skip-locked");
        await QueueAsync(source, "id:a", "a", Draft(Guild, 1));
        await QueueAsync(source, "id:b", "b", Draft(Guild, 2));

        await using var first = await Outbox.ClaimNextAsync(Now, token);
        await using var second = await Outbox.ClaimNextAsync(Now, token);
        await using var third = await Outbox.ClaimNextAsync(Now, token);

        first.ShouldNotBeNull();
        second.ShouldNotBeNull();
        second.Alert.Id.ShouldNotBe(first.Alert.Id);
        third.ShouldBeNull();
    }

    [Fact]
    public async Task ClaimNextAsync_OneChannel_OffersOnlyItsOldestAlertWhileThatIsHeld()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-order");
        await QueueAsync(source, "id:o1", "one", Draft(Guild, 9));
        await QueueAsync(source, "id:o2", "two", Draft(Guild, 9));

        await using var first = await Outbox.ClaimNextAsync(Now, token);
        await using var second = await Outbox.ClaimNextAsync(Now, token);

        first!.Alert.Title.ShouldBe("one");
        second.ShouldBeNull();
    }

    [Fact]
    public async Task MarkRetryAsync_HoldsTheChannelUntilDue_OtherChannelsGoOn()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-retry");
        await QueueAsync(source, "id:r1", "stuck", Draft(Guild, 10));
        await QueueAsync(source, "id:r2", "behind", Draft(Guild, 10));
        await QueueAsync(source, "id:r3", "elsewhere", Draft(Guild, 11));

        await using (var claim = await Outbox.ClaimNextAsync(Now, token))
        {
            claim!.Alert.Title.ShouldBe("stuck");
            await claim.MarkRetryAsync("503", Now.AddMinutes(1), token);
        }

        await using (var other = await Outbox.ClaimNextAsync(Now, token))
        {
            other!.Alert.Title.ShouldBe("elsewhere");
            await other.MarkDeliveredAsync(null, token);
        }

        (await Outbox.ClaimNextAsync(Now.AddSeconds(30), token)).ShouldBeNull();
        await using var due = await Outbox.ClaimNextAsync(Now.AddMinutes(1), token);
        due!.Alert.Title.ShouldBe("stuck");
        due.Alert.Attempts.ShouldBe(1);
        await due.MarkDeliveredAsync(1, token);
        (await Database.ScalarAsync<string>($"SELECT coalesce(last_error, '') FROM alerts WHERE id = {due.Alert.Id}")).ShouldBeEmpty();
        await DrainAsync();
    }

    [Fact]
    public async Task MarkFailedAsync_LeavesTheOutbox_NextAlertOfTheChannelMovesUp()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-failed");
        await QueueAsync(source, "id:f1", "refused", Draft(Guild, 12));
        await QueueAsync(source, "id:f2", "next", Draft(Guild, 12));

        await using (var claim = await Outbox.ClaimNextAsync(Now, token))
        {
            await claim!.MarkFailedAsync("Missing Access", token);
        }

        await using var next = await Outbox.ClaimNextAsync(Now, token);
        next!.Alert.Title.ShouldBe("next");
        (await Database.ScalarAsync<string>("SELECT last_error FROM alerts WHERE failed_at IS NOT NULL")).ShouldBe("Missing Access");
        await next.MarkDeliveredAsync(null, token);
    }

    [Fact]
    public async Task DisposeAsync_WithoutMarking_ReleasesAlertForAnotherAttempt()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-release");
        await QueueAsync(source, "id:r", "retry me");

        long claimedId;
        await using (var claim = await Outbox.ClaimNextAsync(Now, token))
        {
            claimedId = claim!.Alert.Id;
        }

        await using var again = await Outbox.ClaimNextAsync(Now, token);
        again.ShouldNotBeNull();
        again.Alert.Id.ShouldBe(claimedId);
        again.Alert.ChannelId.ShouldBeNull();
        await again.MarkDeliveredAsync(null, token);
        await using var none = await Outbox.ClaimNextAsync(Now, token);
        none.ShouldBeNull();
    }

    internal static AlertDraft Draft(GuildId guild, ulong? channel) => new(guild, channel, ["rule"], [], "en", ["evidence"], []);

    private async Task QueueAsync(long source, string identity, string title, AlertDraft? draft = null) =>
        await Services.GetRequiredService<IArticleStore>().AddIfNewAsync(
            source,
            new Article(identity, title, new Uri("https://example.com/" + identity), "summary", DateTimeOffset.UnixEpoch),
            [draft ?? Draft(GuildId.Operator, null)],
            TestContext.Current.CancellationToken);

    // Tests in a class share a database: start each from an empty outbox.
    private async Task DrainAsync()
    {
        while (await Outbox.ClaimNextAsync(DateTimeOffset.MaxValue, TestContext.Current.CancellationToken) is { } claim)
        {
            await using (claim)
            {
                await claim.MarkDeliveredAsync(null, TestContext.Current.CancellationToken);
            }
        }
    }
}
