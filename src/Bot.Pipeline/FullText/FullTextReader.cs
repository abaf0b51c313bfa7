using Bot.Core.Articles;
using Bot.Feeds.Extraction;
using Bot.Feeds.Fetching;
using Bot.Feeds.Parsing;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Pipeline.FullText;

/// <summary>
/// Reads the article pages of a full-text source's new, summary-only items and puts their main text in place of the
/// summary. Pages go through the feed fetcher, so the SSRF guard, the resilience pipeline and the per-host
/// politeness apply to them as to feeds. Every bound is per poll (pages, bytes, time); a page that cannot be read
/// leaves its item as the feed gave it, so full text never costs an article.
/// </summary>
public sealed class FullTextReader(FeedFetcher fetcher, IOptions<FullTextOptions> options, TimeProvider timeProvider, ILogger<FullTextReader> logger)
{
    private readonly FullTextOptions _options = options.Value;

    /// <summary>
    /// The rule for "only a summary": the feed gives no full content for the item, or its text is shorter than
    /// <see cref="FullTextOptions.SummaryLength"/>. An item without a link has no page to read.
    /// </summary>
    public bool NeedsPage(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Link is not null && (item.Content.Length == 0 || item.Body.Length < _options.SummaryLength);
    }

    /// <summary>Reads the pages of <paramref name="candidates"/> that need one, in order, within the poll's bounds.</summary>
    public async Task<FullTextRead> ReadAsync(string sourceName, IReadOnlyList<FullTextCandidate> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var started = timeProvider.GetTimestamp();
        var extraction = new ArticleExtractionOptions { MaxBytes = _options.MaxPageBytes, Timeout = _options.ExtractionTimeout };
        var articles = new List<Article>(candidates.Count);
        int pages = 0, extracted = 0, failed = 0, skipped = 0;
        foreach (var candidate in candidates)
        {
            var article = candidate.Article;
            if (!candidate.SummaryOnly || article.Link is not { } link)
            {
                articles.Add(article);
                continue;
            }

            // A page starts only while a whole page timeout fits in what is left of the poll's budget, so no page is
            // cut short by the budget and the poll's pages never take longer than the budget. The first always fits
            // (the budget is at least one page timeout, checked at start-up).
            var left = _options.PollBudget - timeProvider.GetElapsedTime(started);
            if (pages >= _options.MaxPagesPerPoll || (pages > 0 && left < _options.PageTimeout))
            {
                skipped++;
                articles.Add(article);
                continue;
            }

            pages++;
            var text = await ReadPageAsync(sourceName, link, _options.PageTimeout, extraction, cancellationToken);
            if (text is null)
            {
                failed++;
                articles.Add(article);
                continue;
            }

            // The page's text replaces the summary only when it says more; a teaser page keeps the feed's words.
            extracted++;
            articles.Add(text.Length > article.Summary.Length ? article with { Summary = text } : article);
        }

        PipelineMetrics.RecordFullText(sourceName, extracted, failed, skipped);
        if (pages > 0 || skipped > 0)
        {
            Log.FullTextRead(logger, sourceName, extracted, failed, skipped);
        }

        return new FullTextRead(articles, extracted, failed, skipped);
    }

    // The page's main text, or null (logged) when it could not be fetched or has none.
    private async Task<string?> ReadPageAsync(string sourceName, Uri link, TimeSpan timeout, ArticleExtractionOptions extraction, CancellationToken cancellationToken)
    {
        try
        {
            var fetched = await fetcher.FetchPageAsync(link, _options.MaxPageBytes, timeout, cancellationToken);
            if (fetched is not FetchResult.Content content)
            {
                Log.FullTextFailed(logger, sourceName, link.Host, PollProblems.Describe(fetched));
                return null;
            }

            var page = await ArticleExtractor.ExtractAsync(content.Body, content.ContentType, extraction, cancellationToken);
            if (page.Status != ExtractionStatus.Extracted)
            {
                Log.FullTextFailed(logger, sourceName, link.Host, page.Status.ToString());
                return null;
            }

            return page.Text;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A page is an extra: whatever goes wrong with it, the item goes on with its summary.
            Log.FullTextCrashed(logger, ex, sourceName, link.Host);
            return null;
        }
    }
}
