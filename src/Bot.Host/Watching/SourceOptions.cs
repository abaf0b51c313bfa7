namespace Bot.Host.Watching;

/// <summary>One configured feed (<c>Bot:Sources:N</c>).</summary>
public sealed class SourceOptions
{
    /// <summary>Unique short name: letters, digits, '-', '_' or '.', at most 64 characters.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Absolute http or https URL of the feed.</summary>
    public Uri? Url { get; set; }

    /// <summary>Poll interval; default <c>Bot:Polling:DefaultInterval</c>.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>The feed's language (ar, fr, en, ru, zh, es or de), replacing detection; default: detected per article.</summary>
    public string? Language { get; set; }

    /// <summary>Read the article page of items that carry only a summary (see <c>Bot:FullText</c>). Default false.</summary>
    public bool FullText { get; set; }
}
