using System.Diagnostics.Metrics;

namespace Bot.Pipeline;

/// <summary>
/// The pipeline's instruments, on the meter <c>Bot.Pipeline</c>. Static, like a library's meter, so each call site is
/// one line and no constructor changes; the host's metrics endpoint listens to every meter named <c>Bot.*</c>.
/// </summary>
public static class PipelineMetrics
{
    public const string MeterName = "Bot.Pipeline";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Items read from feeds, per source (<c>bot_articles_fetched_total</c>).</summary>
    public static readonly Counter<long> ArticlesFetched = Meter.CreateCounter<long>("bot.articles.fetched", "{article}", "Items read from feeds");

    /// <summary>Items seen for the first time and stored, per source (<c>bot_articles_new_total</c>).</summary>
    public static readonly Counter<long> ArticlesNew = Meter.CreateCounter<long>("bot.articles.new", "{article}", "Items seen for the first time");

    /// <summary>Rule matches queued as alerts, per source (<c>bot_matches_total</c>).</summary>
    public static readonly Counter<long> Matches = Meter.CreateCounter<long>("bot.matches", "{alert}", "Rule matches queued as alerts");

    /// <summary>Alerts the sink accepted (<c>bot_alerts_delivered_total</c>).</summary>
    public static readonly Counter<long> AlertsDelivered = Meter.CreateCounter<long>("bot.alerts.delivered", "{alert}", "Alerts delivered");

    /// <summary>Delivery attempts that failed; the alert stays queued (<c>bot_alerts_failed_total</c>).</summary>
    public static readonly Counter<long> AlertsFailed = Meter.CreateCounter<long>("bot.alerts.failed", "{alert}", "Alert deliveries that failed and stay queued");

    /// <summary>How late a poll started after its scheduled time (<c>bot_poll_lag_seconds</c>).</summary>
    public static readonly Histogram<double> PollLag = Meter.CreateHistogram(
        "bot.poll.lag",
        "s",
        "Delay between a poll's scheduled time and its start",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 5, 15, 60, 300, 900] });

    /// <summary>Article pages of full-text sources, by outcome: extracted, failed, skipped (<c>bot_fulltext_pages_total</c>).</summary>
    public static readonly Counter<long> FullTextPages = Meter.CreateCounter<long>("bot.fulltext.pages", "{page}", "Article pages of full-text sources, by outcome");

    /// <summary>Counts the article pages one poll of <paramref name="source"/> read, failed to read and left for lack of budget.</summary>
    public static void RecordFullText(string source, int extracted, int failed, int skipped)
    {
        var tag = new KeyValuePair<string, object?>("source", source);
        FullTextPages.Add(extracted, tag, new("outcome", "extracted"));
        FullTextPages.Add(failed, tag, new("outcome", "failed"));
        FullTextPages.Add(skipped, tag, new("outcome", "skipped"));
    }

    /// <summary>Counts what one successful poll of <paramref name="source"/> read, stored and queued.</summary>
    public static void RecordPoll(string source, int itemsRead, int newArticles, int alertsQueued)
    {
        var tag = new KeyValuePair<string, object?>("source", source);
        ArticlesFetched.Add(itemsRead, tag);
        ArticlesNew.Add(newArticles, tag);
        Matches.Add(alertsQueued, tag);
    }

    /// <summary>Records how late a poll started; a negative lag (clock skew between replicas) counts as none.</summary>
    public static void RecordPollLag(TimeSpan lag) => PollLag.Record(Math.Max(0, lag.TotalSeconds));
}
