using System.Globalization;
using System.Text;

namespace Bot.Host.Observability;

/// <summary>
/// The Prometheus text exposition format, version 0.0.4: metric and label names, label escaping, and the writer.
/// Instrument names map the OpenTelemetry way: dots become underscores, the unit becomes a suffix
/// (<c>s</c> → <c>_seconds</c>, <c>By</c> → <c>_bytes</c>; annotations such as <c>{alert}</c> add nothing) and
/// counters end in <c>_total</c>.
/// </summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string MetricName(string instrumentName, string? unit, string type)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        var suffix = unit switch
        {
            "s" => "_seconds",
            "ms" => "_milliseconds",
            "By" => "_bytes",
            _ => string.Empty,
        };
        if (!name.EndsWith(suffix, StringComparison.Ordinal))
        {
            name += suffix;
        }

        return type == "counter" && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
    }

    /// <summary>Formats tags as <c>a="x",b="y"</c>, sorted by name so equal tag sets make one series.</summary>
    public static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return string.Empty;
        }

        var sorted = tags.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return string.Join(',', sorted.Select(tag => Label(tag.Key, Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty)));
    }

    public static string Label(string name, string value) => $"{Sanitize(name, allowColon: false)}=\"{EscapeLabelValue(value)}\"";

    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static void Write(TextWriter writer, IEnumerable<MetricFamily> families)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var family in families.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            writer.Write($"# HELP {family.Name} {EscapeHelp(family.Help)}\n");
            writer.Write($"# TYPE {family.Name} {family.Type}\n");
            foreach (var (name, labels, value) in family.Samples)
            {
                writer.Write(labels.Length == 0 ? $"{name} {Number(value)}\n" : $"{name}{{{labels}}} {Number(value)}\n");
            }
        }
    }

    private static string Sanitize(string name, bool allowColon)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        }

        if (clean.Length == 0 || char.IsAsciiDigit(clean[0]))
        {
            clean.Insert(0, '_');
        }

        return clean.ToString();
    }

    private static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeHelp(string help) =>
        help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
