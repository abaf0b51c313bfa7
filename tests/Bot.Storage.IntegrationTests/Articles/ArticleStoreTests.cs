using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Storage.IntegrationTests.Alerts;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Articles;

public sealed class ArticleStoreTests(PostgresDatabase database) : StorageTestBase(database)
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(2));

    private IArticleStore Store => Services.GetRequiredService<IArticleStore>();

    [Fact]
    public async Task AddIfNewAsync_NewArticleWithAlerts_StoresArticleAndOneAlertPerTarget()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("articles-new");
        AlertDraft[] matches = [AlertOutboxTests.Draft(new GuildId(1), 10), AlertOutboxTests.Draft(new GuildId(2), 10)];

        var result = await Store.AddIfNewAsync(source, Article("id:1"), matches, token);

        result.ShouldBe(new ArticleAddResult(1, 2));
        (await Database.ScalarAsync<long>($"SELECT count(*) FROM alerts a JOIN articles ar ON ar.id = a.article_id WHERE ar.source_id = {source}")).ShouldBe(2);
        (await Database.ScalarAsync<DateTime>($"SELECT published_at FROM articles WHERE source_id = {source}")).ShouldBe(Published.UtcDateTime);
    }

    [Fact]
    public async Task AddIfNewAsync_SameIdentityTwice_SecondIsDuplicateAndQueuesNothing()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("articles-dup");
        AlertDraft[] matches = [AlertOutboxTests.Draft(GuildId.Operator, null)];
        await Store.AddIfNewAsync(source, Article("id:dup"), matches, token);

        var again = await Store.AddIfNewAsync(source, Article("id:dup") with { Title = "Edited headline" }, matches, token);

        again.ShouldBe(ArticleAddResult.Duplicate);
        (await Database.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source_id = {source}")).ShouldBe(1);
        (await Database.ScalarAsync<long>($"SELECT count(*) FROM alerts a JOIN articles ar ON ar.id = a.article_id WHERE ar.source_id = {source}")).ShouldBe(1);
    }

    [Fact]
    public async Task AddIfNewAsync_SameIdentityInTwoSources_StoresBoth()
    {
        var token = TestContext.Current.CancellationToken;
        var first = await AddSourceAsync("articles-a");
        var second = await AddSourceAsync("articles-b");

        (await Store.AddIfNewAsync(first, Article("id:shared"), [], token)).IsNew.ShouldBeTrue();
        (await Store.AddIfNewAsync(second, Article("id:shared"), [], token)).IsNew.ShouldBeTrue();
    }

    [Fact]
    public async Task AddIfNewAsync_ConcurrentSameArticle_StoredOnce()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("articles-race");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Store.AddIfNewAsync(source, Article("id:race"), [AlertOutboxTests.Draft(GuildId.Operator, null)], token)));

        results.Count(r => r.IsNew).ShouldBe(1);
        results.Sum(r => r.AlertsQueued).ShouldBe(1);
    }

    [Fact]
    public async Task AddNewAsync_OnePollsArticles_StoresTheNewOnesWithTheirAlertsAndSkipsKnownOnes()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("articles-batch");
        await Store.AddIfNewAsync(source, Article("id:known"), [], token);

        var result = await Store.AddNewAsync(
            source,
            [
                new(Article("id:known"), [AlertOutboxTests.Draft(GuildId.Operator, null)]),
                new(Article("id:n1") with { Link = null }, [AlertOutboxTests.Draft(new GuildId(3), 30), AlertOutboxTests.Draft(new GuildId(4), 40)]),
                new(Article("id:n2"), []),
            ],
            token);

        result.ShouldBe(new ArticleAddResult(2, 2));
        (await Database.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source_id = {source}")).ShouldBe(3);
        (await Database.ScalarAsync<long>($"SELECT count(*) FROM alerts a JOIN articles ar ON ar.id = a.article_id WHERE ar.source_id = {source}")).ShouldBe(2);
        (await Database.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source_id = {source} AND link IS NULL")).ShouldBe(1);
        (await Store.AddNewAsync(source, [], token)).ShouldBe(ArticleAddResult.Duplicate);
    }

    [Fact]
    public async Task FindKnownAsync_MixOfStoredAndNew_ReturnsOnlyStored()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("articles-known");
        await Store.AddIfNewAsync(source, Article("id:old"), [], token);

        var known = await Store.FindKnownAsync(source, ["id:old", "id:new"], token);

        known.ShouldBe(["id:old"]);
        (await Store.FindKnownAsync(source, [], token)).ShouldBeEmpty();
    }

    private static Article Article(string identity) =>
        new(identity, "Kremlin denies hacking claims", new Uri("https://example.com/a"), "Moscow rejected the accusation.", Published);
}
