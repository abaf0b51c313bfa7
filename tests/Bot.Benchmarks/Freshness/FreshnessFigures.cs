namespace Bot.Benchmarks.Freshness;

/// <summary>The freshness scenario's figures, as written to the JSON file.</summary>
/// <param name="Endpoint">What the latency is measured to ("message at the fake Discord").</param>
/// <param name="Sources">Feeds polled.</param>
/// <param name="Items">Items published, each matching the rule.</param>
/// <param name="WindowSeconds">The items appeared at random moments within this window.</param>
/// <param name="PollIntervalSeconds">Every source's poll interval.</param>
/// <param name="DueCheckSeconds">How often the bot looks for due sources (Bot:Scheduling:DueCheckInterval).</param>
/// <param name="Arrived">Items whose message arrived before the deadline.</param>
/// <param name="Duplicates">Messages beyond one per item (0 when each alert is posted once).</param>
/// <param name="P50Seconds">Median time from publication to the alert.</param>
/// <param name="P95Seconds">95th percentile.</param>
/// <param name="MaxSeconds">Longest.</param>
internal sealed record FreshnessFigures(
    string Endpoint,
    int Sources,
    int Items,
    double WindowSeconds,
    double PollIntervalSeconds,
    double DueCheckSeconds,
    int Arrived,
    int Duplicates,
    double P50Seconds,
    double P95Seconds,
    double MaxSeconds);
