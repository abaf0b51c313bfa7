using System.Globalization;
using System.Text;
using Bot.Core.Matching;
using Bot.Core.Rules;
using Bot.TestKit;

namespace Bot.Benchmarks.Polling;

/// <summary>
/// The feeds of the polling scenario: RSS 2.0 documents of real article texts (the benchmark corpus). One item in
/// fifty is an article the default rules match, the rest are articles they do not, so alerts are as rare as in a
/// real feed list rather than the corpus's attribution-heavy mix. Version 1 of a feed has five new items on top and
/// drops its five oldest.
/// </summary>
internal sealed class FeedFarmContent
{
    /// <summary>Items a changed feed gains (and loses) between versions.</summary>
    public const int ItemsPerChange = 5;

    private const int MatchingEvery = 50;
    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 6, 0, 0, TimeSpan.Zero);

    private readonly int _items;
    private readonly List<(string Title, string Body)> _matching = [];
    private readonly List<(string Title, string Body)> _plain = [];

    public FeedFarmContent(IReadOnlyList<string> corpus, int items)
    {
        _items = items;
        var rules = CompiledRuleSet.Compile(Presets.Names.Select(name => Presets.Rule(name)!));
        foreach (var text in corpus)
        {
            var lines = text.Split('\n', 2);
            var article = (Title: lines[0].Trim(), Body: lines.Length > 1 ? lines[1].Trim() : string.Empty);
            (rules.Match(text).Count > 0 ? _matching : _plain).Add(article);
        }

        if (_matching.Count == 0 || _plain.Count == 0)
        {
            throw new InvalidOperationException("The corpus needs articles the default rules match and articles they do not.");
        }
    }

    /// <summary>Items in a feed of each version that the default rules match (their count, for the report).</summary>
    public static int MatchingItems(int source, int version, int items) =>
        Enumerable.Range(version * ItemsPerChange, items).Count(k => (source + k) % MatchingEvery == 0);

    public static string ETag(int source, int version) => $"\"{source}-{version}\"";

    /// <summary>Last-Modified of a version, in the HTTP date format.</summary>
    public static string LastModified(int version) => Epoch.AddHours(version).ToString("r", CultureInfo.InvariantCulture);

    public byte[] Render(int source, int version)
    {
        var first = version * ItemsPerChange;
        var items = Enumerable.Range(first, _items).Reverse().Select(k =>
        {
            var (title, body) = (source + k) % MatchingEvery == 0
                ? _matching[(source + k) % _matching.Count]
                : _plain[(source * 7 + k) % _plain.Count];
            var id = string.Create(CultureInfo.InvariantCulture, $"s{source}-i{k}");
            return new RssFeed.Item(id, title, body, $"https://news{source % 97}.example/{source}/{k}", Epoch.AddMinutes(k));
        });
        return Encoding.UTF8.GetBytes(RssFeed.Create(string.Create(CultureInfo.InvariantCulture, $"Feed {source}"), [.. items]));
    }
}
