using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary>
/// A strict reader of the Prometheus text exposition format 0.0.4, for assertions: it throws on any line outside the
/// grammar, a sample without a preceding <c># TYPE</c>, a duplicate series, or a histogram whose buckets are not
/// cumulative or whose <c>+Inf</c> bucket differs from its count.
/// </summary>
internal static partial class PrometheusTextParser
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public static IReadOnlyList<Sample> Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("The exposition must end with a line feed.");
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<Sample>();
        var series = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                var comment = CommentLine().Match(line);
                if (!comment.Success)
                {
                    throw new FormatException($"Not a HELP or TYPE line: '{line}'.");
                }

                if (comment.Groups[1].Value == "TYPE" && !types.TryAdd(comment.Groups[2].Value, comment.Groups[3].Value.Trim()))
                {
                    throw new FormatException($"A second TYPE for {comment.Groups[2].Value}.");
                }

                continue;
            }

            var sample = ParseSample(line);
            var family = FamilyOf(sample.Name, types) ?? throw new FormatException($"No TYPE precedes '{line}'.");
            if (!series.Add(sample.Name + "{" + string.Join(',', sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal)) + "}"))
            {
                throw new FormatException($"A duplicate series: '{line}' (family {family}).");
            }

            samples.Add(sample);
        }

        foreach (var (family, type) in types.Where(t => t.Value == "histogram"))
        {
            CheckHistogram(family, samples);
        }

        return samples;
    }

    private static Sample ParseSample(string line)
    {
        var match = SampleLine().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"Not a sample line: '{line}'.");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match label in LabelPair().Matches(match.Groups[2].Value))
        {
            labels.Add(label.Groups[1].Value, Unescape(label.Groups[2].Value));
        }

        var value = match.Groups[3].Value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(match.Groups[1].Value, labels, value);
    }

    private static string? FamilyOf(string name, Dictionary<string, string> types)
    {
        if (types.ContainsKey(name))
        {
            return name;
        }

        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && types.TryGetValue(name[..^suffix.Length], out var type) && type is "histogram" or "summary")
            {
                return name[..^suffix.Length];
            }
        }

        return null;
    }

    private static void CheckHistogram(string family, List<Sample> samples)
    {
        foreach (var count in samples.Where(s => s.Name == family + "_count"))
        {
            var buckets = samples
                .Where(s => s.Name == family + "_bucket" && s.Labels.Where(l => l.Key != "le").All(l => count.Labels.TryGetValue(l.Key, out var v) && v == l.Value))
                .Select(s => (Le: double.Parse(s.Labels["le"].Replace("+Inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture), s.Value))
                .OrderBy(b => b.Le)
                .ToList();
            if (buckets.Count == 0 || !double.IsPositiveInfinity(buckets[^1].Le) || buckets[^1].Value != count.Value)
            {
                throw new FormatException($"{family}: the +Inf bucket must exist and equal {family}_count.");
            }

            if (buckets.Zip(buckets.Skip(1)).Any(pair => pair.Second.Value < pair.First.Value))
            {
                throw new FormatException($"{family}: buckets must be cumulative.");
            }
        }
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            text.Append(value[i] == '\\' ? value[++i] switch { 'n' => '\n', var c => c } : value[i]);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$")]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*=""(?:[^""\\\n]|\\.)*"",?)*)\})? ([-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|Inf)|NaN)(?: -?[0-9]+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
