namespace Bot.Core.Alerts;

/// <summary>An alert waiting in (or taken from) the outbox: a rule matched an article.</summary>
/// <param name="Id">Outbox id; stable across retries, so deliveries can be made idempotent.</param>
/// <param name="RuleName">The rule that matched.</param>
/// <param name="SourceName">The source the article came from.</param>
/// <param name="Title">The headline, in its own language.</param>
/// <param name="Link">Link to the article, when known.</param>
/// <param name="Evidence">Sentences of the article that made the rule match.</param>
/// <param name="PublishedAt">When the article was published.</param>
public sealed record Alert(
    long Id,
    string RuleName,
    string SourceName,
    string Title,
    Uri? Link,
    IReadOnlyList<string> Evidence,
    DateTimeOffset PublishedAt);
