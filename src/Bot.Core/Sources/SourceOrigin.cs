namespace Bot.Core.Sources;

/// <summary>Where a stored source came from, which decides whether start-up may retire it.</summary>
public enum SourceOrigin
{
    /// <summary>The configuration (<c>Bot:Sources</c>); retired when no longer configured.</summary>
    Configuration,

    /// <summary>The built-in starter list, used when nothing is configured or imported; retired like configured ones.</summary>
    Starter,

    /// <summary>An OPML import; kept until removed on purpose.</summary>
    Import,

    /// <summary>A guild's command (<c>/source add</c>); polled while a guild subscribes to it, and seen by those guilds only.</summary>
    Command,
}
