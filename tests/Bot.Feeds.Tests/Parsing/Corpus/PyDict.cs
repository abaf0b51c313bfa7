namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>
/// A feedparser dictionary as projected from our model. Keys outside <c>supported</c> are out of scope;
/// supported keys that are absent raise KeyError, as in Python.
/// </summary>
internal sealed class PyDict(IReadOnlySet<string> supported, Dictionary<string, object?> values)
{
    public object? this[string key] =>
        !supported.Contains(key) ? throw new PyOutOfScope(key)
        : values.TryGetValue(key, out var value) ? value
        : throw new PyError($"KeyError: '{key}'");

    public int Count => values.Count;

    public bool Has(string key) => supported.Contains(key) ? values.ContainsKey(key) : throw new PyOutOfScope(key);
}
