namespace Bot.Core.Sources;

/// <summary>A news source the bot polls: a feed URL under a short, unique name.</summary>
/// <param name="Name">Unique name, used in logs, alerts and commands.</param>
/// <param name="Url">Absolute http or https URL of the feed.</param>
/// <param name="PollInterval">How often the feed is fetched.</param>
public sealed record FeedSource(string Name, Uri Url, TimeSpan PollInterval)
{
    /// <summary>
    /// The language of every article of the source (one of <see cref="SourceLanguages.Supported"/>), which then
    /// replaces detection; <see langword="null"/> to detect each article's language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Whether items that carry only a summary get their article page read for the main text.</summary>
    public bool FullText { get; init; }
}
