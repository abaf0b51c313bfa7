using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Feeds.Fetching;
using Bot.Feeds.Parsing;
using Bot.Pipeline.FullText;
using Bot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Pipeline.Tests.FullText;

/// <summary>The full-text reader over real loopback pages: which items need a page, and every bound per poll.</summary>
public sealed class FullTextReaderTests : IAsyncLifetime
{
    private static readonly string Page = """
        <html><body><nav><a href="/">Home</a></nav><article>
        <p>The ministry said on Monday that the attack on the grid had been traced to a group abroad, officials said.</p>
        <p>Investigators found the same tools in three earlier intrusions, according to the statement released today.</p>
        </article></body></html>
        """;

    private readonly HttpClient _http = new();
    private FeedServer _pages = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _pages = await FeedServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _pages.DisposeAsync();
    }

    [Theory]
    [InlineData("", "A teaser.", true)]
    [InlineData("Short content.", "A teaser.", true)]
    [InlineData("long", "A teaser.", false)]
    public void NeedsPage_SummaryOnlyOrShortText_True(string content, string summary, bool expected)
    {
        using var hosts = Hosts(TimeSpan.Zero);
        var item = new FeedItem
        {
            Link = new Uri("https://example.com/a"),
            Summary = summary,
            Content = content == "long" ? new string('x', 700) : content,
        };

        CreateSut(hosts, new FullTextOptions()).NeedsPage(item).ShouldBe(expected);
        CreateSut(hosts, new FullTextOptions()).NeedsPage(item with { Link = null }).ShouldBeFalse("no link, no page");
    }

    [Fact]
    public async Task ReadAsync_MorePagesThanAllowed_ReadsUpToTheLimitAndTheRestKeepTheirSummary()
    {
        for (var i = 1; i <= 3; i++)
        {
            _pages.Serve($"/p{i}.html", Page, "text/html; charset=utf-8");
        }

        using var hosts = Hosts(TimeSpan.Zero);
        var candidates = Enumerable.Range(1, 3).Select(i => new FullTextCandidate(Story(i), SummaryOnly: true)).Append(new FullTextCandidate(Story(4), SummaryOnly: false)).ToList();

        var read = await CreateSut(hosts, new FullTextOptions { MaxPagesPerPoll = 2 }).ReadAsync("test", candidates, Token);

        (read.Extracted, read.Failed, read.Skipped).ShouldBe((2, 0, 1));
        read.Articles.Select(a => a.Summary.StartsWith("The ministry said", StringComparison.Ordinal)).ShouldBe([true, true, false, false]);
        read.Articles.Select(a => a.Identity).ShouldBe(["id:1", "id:2", "id:3", "id:4"], "every item is kept, in order");
        _pages.Hits("/p3.html").ShouldBe(0);
        _pages.Hits("/p4.html").ShouldBe(0);
    }

    [Fact]
    public async Task ReadAsync_PageTooLargeSilentOrWithoutText_KeepsTheSummaryAndCountsTheFailure()
    {
        _pages.Handle("/p1.html", FeedFaults.Huge(2L * 1024 * 1024));
        _pages.Handle("/p2.html", FeedFaults.Silent());
        _pages.Serve("/p3.html", "<html><body><p>Video.</p></body></html>", "text/html");
        using var hosts = Hosts(TimeSpan.Zero);
        var options = new FullTextOptions { MaxPageBytes = 64 * 1024, PageTimeout = TimeSpan.FromMilliseconds(500), PollBudget = TimeSpan.FromSeconds(5) };

        var read = await CreateSut(hosts, options).ReadAsync("test", [.. Enumerable.Range(1, 3).Select(i => new FullTextCandidate(Story(i), SummaryOnly: true))], Token);

        (read.Extracted, read.Failed, read.Skipped).ShouldBe((0, 3, 0));
        read.Articles.ShouldAllBe(a => a.Summary == "A teaser.");
    }

    [Fact]
    public async Task ReadAsync_PollBudgetSpent_LeavesTheRestUnread()
    {
        _pages.Handle("/p1.html", FeedFaults.Silent());
        _pages.Serve("/p2.html", Page, "text/html");
        using var hosts = Hosts(TimeSpan.Zero);
        var options = new FullTextOptions { PageTimeout = TimeSpan.FromMilliseconds(300), PollBudget = TimeSpan.FromMilliseconds(300) };

        var read = await CreateSut(hosts, options).ReadAsync("test", [new(Story(1), true), new(Story(2), true)], Token);

        (read.Extracted, read.Failed, read.Skipped).ShouldBe((0, 1, 1));
        _pages.Hits("/p2.html").ShouldBe(0);
    }

    [Fact]
    public async Task ReadAsync_PagesOfOneHost_RespectItsPolitenessDelay()
    {
        _pages.Serve("/p1.html", Page, "text/html");
        _pages.Serve("/p2.html", Page, "text/html");
        using var hosts = Hosts(TimeSpan.FromMilliseconds(400));
        var clock = Stopwatch.StartNew();

        var read = await CreateSut(hosts, new FullTextOptions()).ReadAsync("test", [new(Story(1), true), new(Story(2), true)], Token);

        read.Extracted.ShouldBe(2);
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(350), "the second page waits for the host's delay");
    }

    private static HostGate Hosts(TimeSpan delay) => new(Options.Create(new FeedHttpOptions { PerHostDelay = delay }), new LocalHostTurnBook(TimeProvider.System), TimeProvider.System);

    private FullTextReader CreateSut(HostGate hosts, FullTextOptions options) => new(
        new FeedFetcher(_http, Options.Create(new FeedHttpOptions()), hosts, TimeProvider.System),
        Options.Create(options),
        TimeProvider.System,
        NullLogger<FullTextReader>.Instance);

    private Article Story(int i) => new($"id:{i}", $"Story {i}", _pages.Url($"/p{i}.html"), "A teaser.", new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
}
