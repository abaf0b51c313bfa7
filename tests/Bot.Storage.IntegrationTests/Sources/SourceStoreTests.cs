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
    public async Task RetireAsync_ConfiguredSourceNoLongerListed_IsDisabledButImportsStay()
    {
        var token = TestContext.Current.CancellationToken;
        await Store.SaveAsync(new FeedSource("kept", new Uri("https://example.com/kept.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Configuration, token);
        await Store.SaveAsync(new FeedSource("dropped", new Uri("https://example.com/dropped.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Starter, token);
        await Store.SaveAsync(new FeedSource("imported", new Uri("https://example.com/imported.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Import, token);

        var retired = await Store.RetireAsync(["kept"], token);
        var listings = (await Store.ListAsync(token)).ToDictionary(l => l.Stored.Source.Name);

        retired.ShouldContain("dropped");
        retired.ShouldNotContain("imported");
        listings["kept"].Enabled.ShouldBeTrue();
        listings["dropped"].Enabled.ShouldBeFalse();
        listings["imported"].ShouldSatisfyAllConditions(l => l.Enabled.ShouldBeTrue(), l => l.Origin.ShouldBe(SourceOrigin.Import));
    }

    [Fact]
    public async Task SaveAsync_RetiredSourceSavedAgain_IsEnabledAgain()
    {
        var token = TestContext.Current.CancellationToken;
        await Store.SaveAsync(new FeedSource("back", new Uri("https://example.com/back.xml"), TimeSpan.FromMinutes(5)), token);
        await Store.RetireAsync([], token);

        await Store.SaveAsync(new FeedSource("back", new Uri("https://example.com/back.xml"), TimeSpan.FromMinutes(5)), SourceOrigin.Import, token);

        var listing = (await Store.ListAsync(token)).Single(l => l.Stored.Source.Name == "back");
        listing.Enabled.ShouldBeTrue();
        listing.Origin.ShouldBe(SourceOrigin.Import);
    }

    [Fact]
    public async Task FindAsync_UnknownName_ReturnsNull() =>
        (await Store.FindAsync("nope", TestContext.Current.CancellationToken)).ShouldBeNull();
}
