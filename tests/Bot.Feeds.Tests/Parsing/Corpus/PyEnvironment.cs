namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>The names an expectation can read: the parse result as feedparser would have shaped it.</summary>
internal sealed class PyEnvironment(IReadOnlyDictionary<string, object?> names)
{
    public object? Lookup(string name) => names.TryGetValue(name, out var value) ? value : throw new PyOutOfScope(name);
}
