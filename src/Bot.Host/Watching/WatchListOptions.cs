namespace Bot.Host.Watching;

/// <summary>
/// Sources and rules read from configuration (<c>Bot:Sources</c>, <c>Bot:Rules</c>). When neither is configured
/// the built-in default watch list applies. Later versions manage both from Discord and keep them in the database.
/// </summary>
public sealed class WatchListOptions
{
    public const string SectionName = "Bot";

    /// <summary>Feeds to poll.</summary>
    public List<SourceOptions> Sources { get; set; } = [];

    /// <summary>Rules new articles are matched against.</summary>
    public List<RuleOptions> Rules { get; set; } = [];
}
