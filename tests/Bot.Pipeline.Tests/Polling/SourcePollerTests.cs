using System.Net;
using Bot.Core.Articles;
using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.Feeds.Fetching;
using Bot.Pipeline.FullText;
using Bot.Pipeline.Matching;
using Bot.Pipeline.Polling;
using Bot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Bot.Pipeline.Tests.Polling;

public sealed class SourcePollerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly ISourceStore _sources = Substitute.For<ISourceStore>();
    private readonly IArticleStore _articles = Substitute.For<IArticleStore>();
    private readonly IWatchStore _watch = Substitute.For<IWatchStore>();
    private readonly HttpClient _http = new();
    private readonly HostGate _hosts = new(Options.Create(new FeedHttpOptions { PerHostDelay = TimeSpan.Zero }), new LocalHostTurnBook(TimeProvider.System), TimeProvider.System);
    private FeedServer _feeds = null!;

    public async ValueTask InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _sources.FindAsync("news", Arg.Any<CancellationToken>())
            .Returns(new StoredSource(7, new FeedSource("news", _feeds.Url("/news.xml"), TimeSpan.FromMinutes(5))));
        _watch.LoadAsync(Arg.Any<CancellationToken>()).Returns(WatchSnapshot.Empty with
        {
            Rules = [new StoredRule(1, GuildId.Operator, "denial", "Kremlin denies", null, null, RuleOrigin.Configuration, null, Now)],
        });
        _articles.FindKnownAsync(7, Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(new HashSet<string>());
        _articles.AddNewAsync(7, Arg.Any<IReadOnlyList<NewArticle>>(), Arg.Any<CancellationToken>())
            .Returns(call => new ArticleAddResult(call.ArgAt<IReadOnlyList<NewArticle>>(1).Count, call.ArgAt<IReadOnlyList<NewArticle>>(1).Sum(a => a.Alerts.Count)));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _hosts.Dispose();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task PollAsync_NewItems_StoresEachWithItsMatches()
    {
        _feeds.Serve("/news.xml", RssFeed.Create("News", Item("a", "Kremlin denies hacking"), Item("b", "Weather")));

        var outcome = await CreateSut().PollAsync("news", TestContext.Current.CancellationToken);

        (outcome.Status, outcome.ItemsRead, outcome.NewArticles, outcome.AlertsQueued).ShouldBe((PollStatus.Polled, 2, 2, 1));
        outcome.Fetch.ShouldBeOfType<FetchResult.Content>();
        await _articles.Received(1).AddNewAsync(
            7,
            Arg.Is<IReadOnlyList<NewArticle>>(batch => batch.Count == 2
                && batch[0].Article.Identity == "id:a" && batch[0].Alerts.Count == 1 && batch[0].Alerts[0].RuleNames[0] == "denial"
                && batch[1].Article.Identity == "id:b" && batch[1].Alerts.Count == 0),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task PollAsync_KnownItems_AreNeitherMatchedNorStoredAgain()
    {
        _feeds.Serve("/news.xml", RssFeed.Create("News", Item("a", "Kremlin denies hacking"), Item("b", "Kremlin denies again")));
        _articles.FindKnownAsync(7, Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(new HashSet<string> { "id:a" });

        var outcome = await CreateSut().PollAsync("news", TestContext.Current.CancellationToken);

        outcome.NewArticles.ShouldBe(1);
        await _articles.Received(1).AddNewAsync(7, Arg.Is<IReadOnlyList<NewArticle>>(batch => batch.Count == 1 && batch[0].Article.Identity == "id:b"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task PollAsync_ItemWithoutDate_UsesFirstSeenTime()
    {
        _feeds.Serve("/news.xml", """<rss version="2.0"><channel><title>t</title><item><guid>x</guid><title>Undated</title></item></channel></rss>""");

        await CreateSut().PollAsync("news", TestContext.Current.CancellationToken);

        await _articles.Received(1).AddNewAsync(7, Arg.Is<IReadOnlyList<NewArticle>>(batch => batch.Single().Article.PublishedAt == Now), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task PollAsync_FeedAnswers404_ReportsFetchFailureAndStoresNothing()
    {
        _feeds.Fail("/news.xml", HttpStatusCode.NotFound);

        var outcome = await CreateSut().PollAsync("news", TestContext.Current.CancellationToken);

        outcome.Status.ShouldBe(PollStatus.FetchFailed);
        outcome.Problem.ShouldBe("HTTP 404 NotFound");
        await _articles.DidNotReceiveWithAnyArgs().AddNewAsync(default, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task PollAsync_NotAFeed_ReportsParseFailure()
    {
        _feeds.Serve("/news.xml", "<html><body>Not a feed</body></html>", "text/html");

        var outcome = await CreateSut().PollAsync("news", TestContext.Current.CancellationToken);

        outcome.Status.ShouldBe(PollStatus.ParseFailed);
        outcome.Problem.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task PollAsync_UnknownSource_ReportsItWithoutFetching()
    {
        var outcome = await CreateSut().PollAsync("gone", TestContext.Current.CancellationToken);

        outcome.Status.ShouldBe(PollStatus.UnknownSource);
        _feeds.Hits("/news.xml").ShouldBe(0);
    }

    private SourcePoller CreateSut()
    {
        var fetcher = new FeedFetcher(_http, Options.Create(new FeedHttpOptions()), _hosts, TimeProvider.System);
        return new(
            _sources,
            fetcher,
            new FullTextReader(fetcher, Options.Create(new FullTextOptions()), TimeProvider.System, NullLogger<FullTextReader>.Instance),
            _articles,
            new RuleBookProvider(_watch, new ManualTimeProvider(Now), NullLogger<RuleBookProvider>.Instance),
            new ManualTimeProvider(Now),
            NullLogger<SourcePoller>.Instance);
    }

    private static RssFeed.Item Item(string id, string title) =>
        new(id, title, "Body of " + title, "https://example.com/" + id, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
}
