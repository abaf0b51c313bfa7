namespace Bot.Host.Scheduling;

/// <summary>How long stored articles are kept. Section <c>Bot:Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Bot:Retention";

    /// <summary>Days an article's text is kept (for <c>/watch test</c>, search and backfill). Default 90.</summary>
    public int ArticleTextDays { get; set; } = 90;

    /// <summary>
    /// Days an article's identity is kept, so an item still in a feed is not alerted again. Default 400; at least
    /// <see cref="ArticleTextDays"/>.
    /// </summary>
    public int IdentityDays { get; set; } = 400;

    /// <summary>How often the pruning runs. Default 1 hour.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
