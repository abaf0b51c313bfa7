namespace Bot.Feeds.Fetching;

/// <summary>How feeds are fetched. Section <c>Bot:Http</c>.</summary>
public sealed class FeedHttpOptions
{
    public const string SectionName = "Bot:Http";

    /// <summary>A page that says who runs this bot; sent in the User-Agent. Default: the project's page.</summary>
    public Uri ContactUrl { get; set; } = new("https://github.com/attribution-watch/bot");

    /// <summary>Time for one fetch, retries included. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time for one attempt. Default 10 seconds; must be shorter than <see cref="Timeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a transient failure (GET only). Default 2.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay between retries, doubled each time with jitter. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest response body accepted, after decompression. Default 5 MB.</summary>
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;
}
