namespace Bot.Feeds.Opml;

/// <summary>One feed in an OPML subscription list.</summary>
/// <param name="Text">The outline's text (its display name).</param>
/// <param name="FeedUrl">The feed (<c>xmlUrl</c>).</param>
/// <param name="Language">The feed's language, when the list gives one (<c>language</c>, an extension).</param>
/// <param name="Category">The nearest enclosing folder's text, if any.</param>
public sealed record OpmlOutline(string Text, Uri FeedUrl, string? Language, string? Category)
{
    /// <summary>
    /// The bot's own attribute <c>fullText="true"</c>: read article pages for summary-only items. OPML 2.0 allows
    /// extra attributes and other readers ignore it; there is no standard one for this.
    /// </summary>
    public bool FullText { get; init; }
}
