using Bot.Core.Watching;

namespace Bot.Core.Alerts;

/// <summary>An alert waiting in (or taken from) the outbox: a guild's rules matched an article, for one channel.</summary>
/// <param name="Id">Outbox id; stable across retries, so deliveries can be made idempotent.</param>
/// <param name="Guild">The guild whose rules matched.</param>
/// <param name="ChannelId">The Discord channel it goes to; null for the console.</param>
/// <param name="RuleNames">The rules that matched.</param>
/// <param name="SourceName">The source the article came from.</param>
/// <param name="Title">The headline, in its own language.</param>
/// <param name="Link">Link to the article, when known.</param>
/// <param name="Evidence">Sentences of the article that made the rules match.</param>
/// <param name="PublishedAt">When the article was published.</param>
public sealed record Alert(
    long Id,
    GuildId Guild,
    ulong? ChannelId,
    IReadOnlyList<string> RuleNames,
    string SourceName,
    string Title,
    Uri? Link,
    IReadOnlyList<string> Evidence,
    DateTimeOffset PublishedAt)
{
    /// <summary>Concepts the rules found (<c>actor:russia</c>, <c>stance:denial</c> …).</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>Detected language of the article (ISO 639-1, or <c>und</c>).</summary>
    public string Language { get; init; } = "und";

    /// <summary>Roles to mention, from the rules that have one.</summary>
    public IReadOnlyList<ulong> MentionRoleIds { get; init; } = [];

    /// <summary>Delivery attempts made before this one.</summary>
    public int Attempts { get; init; }

    /// <summary>The rules' names joined for display.</summary>
    public string RuleLabel => string.Join(", ", RuleNames);
}
