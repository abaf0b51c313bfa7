namespace Bot.Core.Sources;

/// <summary>A message about a source for the people who use it, such as "paused after failing for a day: HTTP 404".</summary>
/// <param name="Id">Outbox id; stable across delivery attempts.</param>
/// <param name="SourceName">The source it is about.</param>
/// <param name="Kind">What happened, such as <c>paused</c>.</param>
/// <param name="Message">The text to show.</param>
/// <param name="CreatedAt">When it was queued.</param>
public sealed record SourceNotice(long Id, string SourceName, string Kind, string Message, DateTimeOffset CreatedAt)
{
    /// <summary>The kind of notice queued when a source is paused.</summary>
    public const string PausedKind = "paused";
}
