namespace Bot.Core.Sources;

/// <summary>
/// What <c>/source add</c> may set on a feed besides its interval. A feed added by several guilds is polled once, so
/// these belong to the feed: a declared language replaces the one before, and full text once asked for stays on.
/// </summary>
/// <param name="Language">One of <see cref="SourceLanguages.Supported"/>, or <see langword="null"/> to leave it as it is (detected for a new feed).</param>
/// <param name="FullText">Read article pages for items that carry only a summary.</param>
public sealed record SourceSettings(string? Language, bool FullText)
{
    public static SourceSettings Default { get; } = new(null, false);
}
