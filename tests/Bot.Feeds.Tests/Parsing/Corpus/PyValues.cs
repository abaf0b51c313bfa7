using System.Collections;

namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>Python semantics for the few operations the expectations use.</summary>
internal static class PyValues
{
    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length > 0,
        PyLoose loose => loose.Display.Length > 0,
        PyDict dict => dict.Count > 0,
        ICollection list => list.Count > 0,
        _ => true,
    };

    public static bool Compare(string op, object? left, object? right) => op switch
    {
        "==" => Equal(left, right),
        "!=" => !Equal(left, right),
        "in" => Contains(right, left),
        "not in" => !Contains(right, left),
        _ => Order(left, right) is var order && op switch { "<" => order < 0, ">" => order > 0, "<=" => order <= 0, _ => order >= 0 },
    };

    public static object? Subscript(object? target, object? index) => (target, index) switch
    {
        (PyDict dict, string key) => dict[key],
        (IList list, long i) => i < list.Count && i >= -list.Count ? list[(int)(i < 0 ? list.Count + i : i)] : throw new PyError("IndexError"),
        (string s, long i) => i < s.Length && i >= -s.Length ? s[(int)(i < 0 ? s.Length + i : i)].ToString() : throw new PyError("IndexError"),
        (PyLoose loose, long i) => Subscript(loose.Display, i),
        _ => throw new PyError($"cannot subscript {target?.GetType().Name ?? "None"} with {index}"),
    };

    public static object? CallFunction(string name, object?[] args) => (name, args) switch
    {
        ("len", [var x]) => (long)(x switch
        {
            string s => s.Length,
            PyLoose loose => loose.Display.Length,
            PyDict dict => dict.Count,
            ICollection list => list.Count,
            _ => throw new PyError("len() of " + x),
        }),
        ("ord", [var x]) => Text(x) is { Length: > 0 } s && char.ConvertToUtf32(s, 0) is var code && char.ConvertFromUtf32(code).Length == s.Length
            ? (long)code
            : throw new PyError("ord() needs one character"),
        _ => throw new PyOutOfScope(name + "()"),
    };

    public static object? CallMethod(object? target, string name, object?[] args) => (target, name, args) switch
    {
        (PyDict dict, "get", [string key, ..]) => dict.Has(key) ? dict[key] : args.Length > 1 ? args[1] : null,
        (PyDict dict, "has_key", [string key]) => dict.Has(key),
        _ => throw new PyOutOfScope("." + name + "()"),
    };

    private static string? Text(object? value) => value switch { string s => s, PyLoose loose => loose.Display, _ => null };

    private static bool Equal(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (PyLoose l, string r) => l.Matches(r),
        (string l, PyLoose r) => r.Matches(l),
        (PyLoose l, PyLoose r) => l.Display == r.Display,
        (string l, string r) => l == r,
        (bool l, bool r) => l == r,
        (long or double, long or double) => Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture),
        (IList l, IList r) => l.Count == r.Count && Enumerable.Range(0, l.Count).All(i => Equal(l[i], r[i])),
        (PyDict l, Dictionary<string, object?> r) => r.All(pair => l.Has(pair.Key) && Equal(l[pair.Key], pair.Value)),
        _ => false,
    };

    private static bool Contains(object? container, object? item) => (container, item) switch
    {
        (PyDict dict, string key) => dict.Has(key),
        (IList list, _) => list.Cast<object?>().Any(element => Equal(element, item)),
        (_, _) when Text(container) is { } haystack && Text(item) is { } needle => haystack.Contains(needle, StringComparison.Ordinal),
        _ => throw new PyError($"cannot test membership in {container}"),
    };

    private static int Order(object? left, object? right) => (left, right) switch
    {
        (long or double, long or double) => Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture)),
        _ when Text(left) is { } l && Text(right) is { } r => string.CompareOrdinal(l, r),
        _ => throw new PyError("cannot order"),
    };
}
