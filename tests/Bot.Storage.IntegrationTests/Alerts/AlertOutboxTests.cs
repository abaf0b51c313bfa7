using Bot.Core.Alerts;
using Bot.Core.Articles;
using Bot.Core.Rules;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Alerts;

public sealed class AlertOutboxTests(PostgresDatabase database) : StorageTestBase(database)
{
    private IAlertOutbox Outbox => Services.GetRequiredService<IAlertOutbox>();

    [Fact]
    public async Task ClaimNextAsync_PendingAlerts_ClaimsOldestWithArticleDetails()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-details");
        await QueueAsync(source, "id:1", "first");
        await QueueAsync(source, "id:2", "second");

        await using var claim = await Outbox.ClaimNextAsync(token);

        claim.ShouldNotBeNull();
        claim.Alert.Title.ShouldBe("first");
        claim.Alert.SourceName.ShouldBe("outbox-details");
        claim.Alert.RuleName.ShouldBe("rule");
        claim.Alert.Evidence.ShouldBe(["evidence of first"]);
        claim.Alert.Link.ShouldBe(new Uri("https://example.com/id:1"));
        await claim.MarkDeliveredAsync(token);
        await DrainAsync();
    }

    [Fact]
    public async Task ClaimNextAsync_TwoWorkers_NeverGetTheSameAlert()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-skip-locked");
        await QueueAsync(source, "id:a", "a");
        await QueueAsync(source, "id:b", "b");

        await using var first = await Outbox.ClaimNextAsync(token);
        await using var second = await Outbox.ClaimNextAsync(token);
        await using var third = await Outbox.ClaimNextAsync(token);

        first.ShouldNotBeNull();
        second.ShouldNotBeNull();
        second.Alert.Id.ShouldNotBe(first.Alert.Id);
        third.ShouldBeNull();
    }

    [Fact]
    public async Task DisposeAsync_WithoutMarking_ReleasesAlertForAnotherAttempt()
    {
        var token = TestContext.Current.CancellationToken;
        await DrainAsync();
        var source = await AddSourceAsync("outbox-release");
        await QueueAsync(source, "id:r", "retry me");

        long claimedId;
        await using (var claim = await Outbox.ClaimNextAsync(token))
        {
            claimedId = claim!.Alert.Id;
        }

        await using var again = await Outbox.ClaimNextAsync(token);
        again.ShouldNotBeNull();
        again.Alert.Id.ShouldBe(claimedId);
        await again.MarkDeliveredAsync(token);
        await using var none = await Outbox.ClaimNextAsync(token);
        none.ShouldBeNull();
    }

    private async Task QueueAsync(long source, string identity, string title) =>
        await Services.GetRequiredService<IArticleStore>().AddIfNewAsync(
            source,
            new Article(identity, title, new Uri("https://example.com/" + identity), "summary", DateTimeOffset.UnixEpoch),
            [new RuleMatch("rule", [], "en", [new EvidenceSentence("evidence of " + title, 0, 12 + title.Length)])],
            TestContext.Current.CancellationToken);

    // Tests in a class share a database: start each from an empty outbox.
    private async Task DrainAsync()
    {
        while (await Outbox.ClaimNextAsync(TestContext.Current.CancellationToken) is { } claim)
        {
            await using (claim)
            {
                await claim.MarkDeliveredAsync(TestContext.Current.CancellationToken);
            }
        }
    }
}
