using Bot.Core.Sources;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Sources;

public sealed class SourceStoreTests(PostgresDatabase database) : StorageTestBase(database)
{
    private ISourceStore Store => Services.GetRequiredService<ISourceStore>();

    [Fact]
    public async Task SaveAsync_SameNameTwice_UpdatesInPlaceAndKeepsId()
    {
        var token = TestContext.Current.CancellationToken;
        var id = await Store.SaveAsync(new FeedSource("news", new Uri("https://example.com/a.xml"), TimeSpan.FromMinutes(5)), token);

        var unchanged = await Store.SaveAsync(new FeedSource("news", new Uri("https://example.com/a.xml"), TimeSpan.FromMinutes(5)), token);
        var changed = await Store.SaveAsync(new FeedSource("news", new Uri("https://example.com/b.xml"), TimeSpan.FromMinutes(1)), token);

        unchanged.ShouldBe(id);
        changed.ShouldBe(id);
        var found = await Store.FindAsync("news", token);
        found.ShouldBe(new StoredSource(id, new FeedSource("news", new Uri("https://example.com/b.xml"), TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public async Task FindAsync_UnknownName_ReturnsNull() =>
        (await Store.FindAsync("nope", TestContext.Current.CancellationToken)).ShouldBeNull();
}
