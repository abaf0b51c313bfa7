using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Storage.IntegrationTests.Alerts;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Articles;

public sealed class ArticleArchiveTests(PostgresDatabase database) : StorageTestBase(database)
{
    private static readonly DateTimeOffset Published = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private IArticleArchive Archive => Services.GetRequiredService<IArticleArchive>();

    [Fact]
    public async Task PruneAsync_EmptiesOldTextAndForgetsOlderIdentities()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("archive-prune");
        var store = Services.GetRequiredService<IArticleStore>();
        foreach (var (identity, daysOld) in new[] { ("id:fresh", 1), ("id:stale", 100), ("id:ancient", 500) })
        {
            await store.AddIfNewAsync(source, new Article(identity, identity, null, "text of " + identity, Published), [AlertOutboxTests.Draft(GuildId.Operator, null)], token);
            await Database.ScalarAsync<int>($"UPDATE articles SET first_seen_at = now() - interval '{daysOld} days' WHERE identity = '{identity}' RETURNING 1");
        }

        var result = await Archive.PruneAsync(TimeProvider.System.GetUtcNow().AddDays(-90), TimeProvider.System.GetUtcNow().AddDays(-400), token);

        result.ShouldBe(new PruneResult(TextsPruned: 2, ArticlesDeleted: 1));
        (await Database.ScalarAsync<string>("SELECT summary FROM articles WHERE identity = 'id:fresh'")).ShouldBe("text of id:fresh");
        (await Database.ScalarAsync<string>("SELECT summary FROM articles WHERE identity = 'id:stale'")).ShouldBeEmpty();
        (await Database.ScalarAsync<long>("SELECT count(*) FROM articles WHERE identity = 'id:ancient'")).ShouldBe(0);
        (await store.FindKnownAsync(source, ["id:stale", "id:ancient"], token)).ShouldBe(["id:stale"]);
        (await Archive.PruneAsync(TimeProvider.System.GetUtcNow().AddDays(-90), TimeProvider.System.GetUtcNow().AddDays(-400), token)).ShouldBe(default);
    }

    [Fact]
    public async Task ReadSinceAsync_SourceWithDeclaredLanguage_CarriesItForMatchingAgain()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await Services.GetRequiredService<Bot.Core.Sources.ISourceStore>().SaveAsync(
            new Bot.Core.Sources.FeedSource("archive-fr", new Uri("https://example.com/fr.xml"), TimeSpan.FromMinutes(5)) { Language = "fr", FullText = true }, token);
        await Services.GetRequiredService<IArticleStore>().AddIfNewAsync(source, new Article("id:fr-1", "fr", null, "texte", Published.AddDays(-200)), [], token);

        var read = new List<StoredArticle>();
        // Before the other tests' dates, so they do not read it; they share the database.
        await foreach (var article in Archive.ReadSinceAsync(Published.AddDays(-201), token))
        {
            read.Add(article);
        }

        read.Where(a => a.SourceName == "archive-fr").ShouldHaveSingleItem().SourceLanguage.ShouldBe("fr");
        (await Database.ScalarAsync<bool>("SELECT full_text FROM sources WHERE name = 'archive-fr'")).ShouldBeTrue();
    }

    [Fact]
    public async Task ReadSinceAsync_ArticlesWithTextSinceTheDate_OldestFirst()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("archive-read");
        var store = Services.GetRequiredService<IArticleStore>();
        await store.AddIfNewAsync(source, new Article("id:r-late", "late", null, "late text", Published.AddDays(40)), [], token);
        await store.AddIfNewAsync(source, new Article("id:r-early", "early", null, "early text", Published.AddDays(30)), [], token);
        await store.AddIfNewAsync(source, new Article("id:r-before", "before", null, "before text", Published.AddDays(-30)), [], token);
        await store.AddIfNewAsync(source, new Article("id:r-pruned", "pruned", null, "pruned text", Published.AddDays(35)), [], token);
        await Database.ScalarAsync<int>("UPDATE articles SET text_pruned_at = now(), summary = '' WHERE identity = 'id:r-pruned' RETURNING 1");

        var since = Published.AddDays(29);
        var read = new List<StoredArticle>();
        await foreach (var article in Archive.ReadSinceAsync(since, token))
        {
            read.Add(article);
        }

        read.Select(a => a.Article.Title).ShouldBe(["early", "late"]);
        read[0].SourceName.ShouldBe("archive-read");
        read[0].SourceLanguage.ShouldBeNull("the language is detected unless the source declares one");
        read[0].Article.Summary.ShouldBe("early text");
        (await Archive.CountSinceAsync(since, token)).ShouldBe(2);
    }

    [Fact]
    public async Task QueueAlertAsync_TargetAlreadyAlerted_QueuesNothing()
    {
        var token = TestContext.Current.CancellationToken;
        var source = await AddSourceAsync("archive-queue");
        await Services.GetRequiredService<IArticleStore>().AddIfNewAsync(source, new Article("id:q", "q", null, "q", Published), [AlertOutboxTests.Draft(new GuildId(9), 1)], token);
        var article = await Database.ScalarAsync<long>("SELECT id FROM articles WHERE identity = 'id:q'");

        (await Archive.QueueAlertAsync(article, AlertOutboxTests.Draft(new GuildId(9), 1), token)).ShouldBeFalse();
        (await Archive.QueueAlertAsync(article, AlertOutboxTests.Draft(new GuildId(9), 2), token)).ShouldBeTrue();
    }
}
