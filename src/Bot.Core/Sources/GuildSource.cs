namespace Bot.Core.Sources;

/// <summary>A guild's subscription to a source it added by command, with the source's health.</summary>
/// <param name="Name">The guild's name for it, unique in the guild regardless of case.</param>
/// <param name="SourceId">The source polled.</param>
/// <param name="Url">The feed.</param>
/// <param name="PollInterval">How often it is polled.</param>
/// <param name="Paused">Whether the guild paused it: its articles then match none of the guild's rules.</param>
/// <param name="Health">The source's last polls.</param>
public sealed record GuildSource(string Name, long SourceId, Uri Url, TimeSpan PollInterval, bool Paused, SourceHealth Health)
{
    /// <summary>The source's declared language (replacing detection), or <see langword="null"/> when detected.</summary>
    public string? Language { get; init; }

    /// <summary>Whether the source's summary-only items get their article page read.</summary>
    public bool FullText { get; init; }
}
