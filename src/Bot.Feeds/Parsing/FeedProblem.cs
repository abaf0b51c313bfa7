namespace Bot.Feeds.Parsing;

/// <summary>Why a document could not be read as a feed; each kind is a status a source can show.</summary>
public enum FeedProblem
{
    /// <summary>Not a feed format this parser knows (or not XML or JSON at all).</summary>
    NotAFeed,

    /// <summary>The body is empty or only whitespace.</summary>
    Empty,

    /// <summary>The server sent a web page instead of a feed.</summary>
    HtmlPage,

    /// <summary>The document relies on entities its DOCTYPE declares (XXE, billion laughs); never expanded.</summary>
    EntityExpansion,

    /// <summary>The document is so broken that nothing could be recovered from it.</summary>
    Unreadable,
}
