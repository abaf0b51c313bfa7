using System.Diagnostics;
using System.Globalization;
using Bot.TestKit;
using Microsoft.AspNetCore.Http;

namespace Bot.Benchmarks.Freshness;

/// <summary>
/// Feeds on the test kit's loopback server whose items appear at set moments: before <see cref="Publish"/> each
/// feed holds a few old items no rule matches; afterwards each scheduled item joins its feed at its moment. Feeds
/// carry an ETag (the item count), so an unchanged feed costs a 304 as on a real server.
/// </summary>
internal sealed class FreshnessFeeds
{
    /// <summary>
    /// The word feed <paramref name="source"/>'s items carry and its rule watches for; it occurs in no other text.
    /// Every marker has the same length, so none is a prefix of another.
    /// </summary>
    public static string Marker(int source) =>
        string.Create(CultureInfo.InvariantCulture, $"zqxfresh{(char)('a' + (source / 26 % 26))}{(char)('a' + (source % 26))}");

    private const int OldItems = 3;

    private readonly FeedServer _server;
    private readonly List<Scheduled>[] _schedule;
    private long _start;

    public FreshnessFeeds(FeedServer server, int sources)
    {
        _server = server;
        _schedule = [.. Enumerable.Range(0, sources).Select(_ => new List<Scheduled>())];
        for (var i = 0; i < sources; i++)
        {
            var source = i;
            server.Handle(Path(source), context => ServeAsync(source, context));
        }
    }

    public IEnumerable<Uri> Urls => Enumerable.Range(0, _schedule.Length).Select(i => _server.Url(Path(i)));

    public IEnumerable<Scheduled> Items => _schedule.SelectMany(s => s);

    /// <summary>Spreads <paramref name="items"/> over the sources, each at a random moment within <paramref name="window"/>.</summary>
    public void Plan(int items, TimeSpan window, Random random)
    {
        for (var k = 0; k < items; k++)
        {
            var source = k % _schedule.Length;
            var at = window * random.NextDouble();
            _schedule[source].Add(new Scheduled(source, k, at, new Uri(string.Create(CultureInfo.InvariantCulture, $"https://fresh.example/{source}/{k}"))));
        }
    }

    /// <summary>Starts the clock: from now on, each planned item appears at its moment. Returns the wall-clock start.</summary>
    public DateTimeOffset Publish()
    {
        var now = TimeProvider.System.GetUtcNow();
        Interlocked.Exchange(ref _start, Stopwatch.GetTimestamp());
        return now;
    }

    private static string Path(int source) => string.Create(CultureInfo.InvariantCulture, $"/fresh/{source}");

    private async Task ServeAsync(int source, HttpContext context)
    {
        var start = Interlocked.Read(ref _start);
        var elapsed = start == 0 ? TimeSpan.MinValue : Stopwatch.GetElapsedTime(start);
        var visible = _schedule[source].Where(item => item.At <= elapsed).ToList();
        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{visible.Count}\"");
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var published = TimeProvider.System.GetUtcNow();
        var items = visible
            .Select(item => new RssFeed.Item(
                string.Create(CultureInfo.InvariantCulture, $"fresh-{item.Number}"),
                string.Create(CultureInfo.InvariantCulture, $"Breaking report {item.Number}"),
                $"A report published for the freshness benchmark mentions {Marker(source)} once.",
                item.Link.AbsoluteUri,
                published))
            .Concat(Enumerable.Range(0, OldItems).Select(k => new RssFeed.Item(
                string.Create(CultureInfo.InvariantCulture, $"old-{source}-{k}"),
                "Weather report",
                "Sunny all week.",
                string.Create(CultureInfo.InvariantCulture, $"https://fresh.example/{source}/old-{k}"),
                published.AddDays(-1))));
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(RssFeed.Create("Freshness", [.. items]), context.RequestAborted);
    }

    /// <summary>An item, its source, and when it appears after <see cref="Publish"/>.</summary>
    internal sealed record Scheduled(int Source, int Number, TimeSpan At, Uri Link);
}
