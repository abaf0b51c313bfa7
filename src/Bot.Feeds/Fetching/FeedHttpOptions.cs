namespace Bot.Feeds.Fetching;

/// <summary>How feeds are fetched. Section <c>Bot:Http</c>.</summary>
public sealed class FeedHttpOptions
{
    public const string SectionName = "Bot:Http";

    /// <summary>A page that says who runs this bot; sent in the User-Agent. Default: the project's page.</summary>
    public Uri ContactUrl { get; set; } = new("https://github.com/attribution-watch/bot");

    /// <summary>Time for one fetch, retries and redirects included. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time for one attempt. Default 10 seconds; must be shorter than <see cref="Timeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time to resolve a host and open a connection. Default 5 seconds; at most <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after a transient failure (GET only). Default 2.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay between retries, doubled each time with jitter. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest response body accepted, after decompression. Default 5 MB.</summary>
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed per fetch; each hop is checked again. Default 5.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Networks (CIDR, such as <c>10.1.0.0/16</c>) the bot may fetch from although they are not public: loopback,
    /// private and the like are refused otherwise. Default none; tests allow <c>127.0.0.0/8</c>.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>Fetches in flight to one host at a time. Default 2.</summary>
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host. Default 1 second.</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Failed attempts in a row, within <see cref="BreakerSamplingDuration"/>, after which a host is left alone for
    /// <see cref="BreakDuration"/>. Default 6; 0 turns the circuit breaker off.
    /// </summary>
    public int BreakerMinimumThroughput { get; set; } = 6;

    /// <summary>Window in which the breaker counts failures. Default 2 minutes.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a broken host is left alone. Default 1 minute.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);
}
