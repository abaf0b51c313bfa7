namespace Bot.Core.Articles;

/// <summary>One news item read from a source, in plain text.</summary>
/// <param name="Identity">Stable identity within its source (see <see cref="ArticleIdentity"/>).</param>
/// <param name="Title">Headline in its own language.</param>
/// <param name="Link">Canonical link to the article, when the feed gives one.</param>
/// <param name="Summary">Plain-text summary or body.</param>
/// <param name="PublishedAt">Publication time, or first-seen time when the feed gives none.</param>
public sealed record Article(string Identity, string Title, Uri? Link, string Summary, DateTimeOffset PublishedAt)
{
    /// <summary>The text rules are matched against: headline, then body.</summary>
    public string MatchText => string.IsNullOrEmpty(Summary) ? Title : Title + "\n" + Summary;
}
