using Bot.Core.Articles;
using Bot.Core.Sources;
using Bot.Feeds.Fetching;
using Bot.Feeds.Parsing;
using Bot.Feeds.Scheduling;
using Bot.Pipeline.FullText;
using Bot.Pipeline.Matching;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline.Polling;

/// <summary>
/// One poll of one source: fetch → parse → drop items already stored → (full-text sources) read the pages of
/// summary-only items → match the rest against the rules of every guild that sees the source, in the source's
/// declared language when it has one → store each new article with its alerts. Expected failures (network, HTTP status,
/// bad feed) are logged and returned, never thrown.
/// </summary>
public sealed class SourcePoller(
    ISourceStore sources,
    FeedFetcher fetcher,
    FullTextReader fullText,
    IArticleStore articles,
    RuleBookProvider ruleBook,
    TimeProvider timeProvider,
    ILogger<SourcePoller> logger)
{
    public async Task<PollOutcome> PollAsync(string sourceName, CancellationToken cancellationToken)
    {
        var stored = await sources.FindAsync(sourceName, cancellationToken);
        if (stored is null)
        {
            Log.UnknownSource(logger, sourceName);
            return PollOutcome.Failed(PollStatus.UnknownSource, $"No source is named '{sourceName}'.");
        }

        return await PollAsync(new DueSource(stored, null, null, 0, null), cancellationToken);
    }

    /// <summary>Polls a claimed source, sending its validators so an unchanged feed costs a 304.</summary>
    public async Task<PollOutcome> PollAsync(DueSource due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var stored = due.Stored;
        var source = stored.Source;
        var fetched = await fetcher.FetchAsync(source.Url, new CacheValidators(due.ETag, due.LastModified), cancellationToken);
        if (fetched is FetchResult.NotModified)
        {
            Log.NotModified(logger, source.Name);
            return new PollOutcome(PollStatus.NotModified) { Fetch = fetched };
        }

        if (fetched is not FetchResult.Content content)
        {
            var problem = PollProblems.Describe(fetched);
            Log.FetchFailed(logger, source.Name, problem);
            return PollOutcome.Failed(PollStatus.FetchFailed, problem) with { Fetch = fetched };
        }

        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(content.Body, content.ContentType, content.FinalUrl);
        }
        catch (FeedFormatException ex)
        {
            Log.ParseFailed(logger, source.Name, ex.Message);
            return PollOutcome.Failed(PollStatus.ParseFailed, ex.Message) with { Fetch = content };
        }

        var firstSeen = timeProvider.GetUtcNow();
        var candidates = feed.Items
            .Select(item => (Item: item, Article: new Article(ArticleIdentity.From(item.Id, item.Link, item.Title, item.PublishedAt), item.Title, item.Link, item.Body, item.PublishedAt ?? firstSeen)))
            .DistinctBy(candidate => candidate.Article.Identity)
            .ToList();
        var known = await articles.FindKnownAsync(stored.Id, candidates.ConvertAll(c => c.Article.Identity), cancellationToken);
        var unseen = candidates.Where(c => !known.Contains(c.Article.Identity)).ToList();

        // Pages are read for new items only: an item already stored was matched already.
        IReadOnlyList<Article> toMatch = unseen.ConvertAll(c => c.Article);
        var read = default(FullTextRead);
        if (source.FullText && unseen.Count > 0)
        {
            read = await fullText.ReadAsync(source.Name, unseen.ConvertAll(c => new FullTextCandidate(c.Article, fullText.NeedsPage(c.Item))), cancellationToken);
            toMatch = read.Articles;
        }

        var rules = await ruleBook.GetAsync(cancellationToken);
        var fresh = toMatch
            .Select(article => new NewArticle(article, rules.Match(stored.Id, source.Name, article.MatchText, source.Language)))
            .ToList();
        var (newArticles, alerts) = await articles.AddNewAsync(stored.Id, fresh, cancellationToken);

        Log.Polled(logger, source.Name, feed.Items.Count, newArticles, alerts);
        PipelineMetrics.RecordPoll(source.Name, feed.Items.Count, newArticles, alerts);
        return new PollOutcome(PollStatus.Polled, feed.Items.Count, newArticles, alerts)
        {
            Fetch = content,
            Hints = FeedScheduleHints.Read(content.Body),
            PagesRead = read?.Extracted ?? 0,
            PagesFailed = read?.Failed ?? 0,
        };
    }
}
