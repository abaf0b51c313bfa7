using System.Globalization;
using System.Text;

namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>
/// Runs feedparser's own test feeds through our parser and evaluates each file's "Expect:" line against our
/// result shaped like feedparser's. Expectations about fields we do not model (enclosures, geo, iTunes,
/// feed-level authors, links lists, HTTP status …) are out of scope and counted as such, never silently dropped.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class FeedparserCorpusTests(ITestOutputHelper output)
{
    // Folders left out as a whole, and why.
    private static readonly Dictionary<string, string> ExcludedFolders = new(StringComparer.Ordinal)
    {
        // Our guess covers the code pages of the watched languages (windows-1251, KOI8-R, windows-1256,
        // ISO-8859-6, GB18030, Big5, windows-1252): of these eight, big5 and koi8r pass and gb2312 reads right
        // but is named gb18030; EUC-JP, EUC-KR, Shift_JIS, TIS-620 and windows-1255 need chardet's statistics.
        ["illformed/chardet"] = "statistical detection (the chardet library) of undeclared Japanese, Korean, Thai and Hebrew code pages",
        ["illformed/geo"] = "GeoRSS is not modelled",
        ["wellformed/geo"] = "GeoRSS is not modelled",
        ["wellformed/cdf"] = "Microsoft CDF is not a format the bot reads",
    };

    public static TheoryData<string, double> Folders => new()
    {
        { "wellformed", 0.90 },
        { "illformed", 0.80 },
        { "encoding", 0.90 },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Parse_FeedparserCases_MeetTheirExpectations(string folder, double floor)
    {
        var root = FeedparserCorpus.Locate();
        var passed = new List<string>();
        var failed = new List<string>();
        var outOfScope = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (ExcludedFolders.Keys.FirstOrDefault(f => relative.StartsWith(f + "/", StringComparison.Ordinal)) is { } excluded)
            {
                Count(outOfScope, "folder " + excluded);
                continue;
            }

            switch (Evaluate(root, path))
            {
                case (true, _):
                    passed.Add(relative);
                    break;
                case (false, { } reason) when reason.StartsWith("out of scope: ", StringComparison.Ordinal):
                    Count(outOfScope, reason);
                    break;
                case (false, var reason):
                    failed.Add($"{relative}: {reason}");
                    break;
            }
        }

        var total = passed.Count + failed.Count;
        var rate = total == 0 ? 0 : (double)passed.Count / total;
        output.WriteLine(Report(folder, passed.Count, failed, outOfScope, rate));
        total.ShouldBeGreaterThan(0);
        rate.ShouldBeGreaterThanOrEqualTo(floor, $"{failed.Count} of {total} cases failed in {folder}; see the test output.");
    }

    private static (bool Passed, string? Reason) Evaluate(string root, string path)
    {
        var @case = FeedparserCase.Load(root, path);
        if (@case is null)
        {
            return (false, "out of scope: no Expect line");
        }

        PyExpression expression;
        try
        {
            expression = PyExpression.Compile(@case.Expect);
        }
        catch (PyError ex)
        {
            return (false, $"cannot read expectation ({ex.Message}): {@case.Expect}");
        }

        if (expression.Keys.FirstOrDefault(k => !FeedparserProjection.Keys.Contains(k)) is { } key)
        {
            return (false, "out of scope: key " + key);
        }

        if (expression.Names.FirstOrDefault(n => !FeedparserProjection.Names.Contains(n)) is { } name)
        {
            return (false, "out of scope: name " + name);
        }

        try
        {
            var environment = @case.Run();
            return PyValues.Truthy(expression.Evaluate(environment)) ? (true, null) : (false, $"{@case.Expect}  →  {Describe(environment)}");
        }
        catch (PyOutOfScope ex)
        {
            return (false, "out of scope: key " + ex.Message);
        }
        catch (PyError ex)
        {
            return (false, $"{ex.Message}: {@case.Expect}");
        }
    }

    private static string Describe(PyEnvironment environment)
    {
        var entries = (List<object?>)environment.Lookup("entries")!;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"bozo={environment.Lookup("bozo")} encoding={environment.Lookup("encoding")} entries={entries.Count}");
        if (entries.Count > 0 && entries[0] is PyDict first)
        {
            foreach (var key in new[] { "title", "link", "id", "summary", "updated", "author" })
            {
                if (first.Has(key))
                {
                    text.Append(CultureInfo.InvariantCulture, $" {key}={first[key]}");
                }
            }
        }

        return text.ToString();
    }

    private static string Report(string folder, int passed, List<string> failed, Dictionary<string, int> outOfScope, double rate)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{folder}: {passed}/{passed + failed.Count} passed ({rate:P1}); {outOfScope.Values.Sum()} out of scope");
        foreach (var (reason, count) in outOfScope.OrderByDescending(r => r.Value))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  out of scope ×{count}: {reason}");
        }

        foreach (var failure in failed)
        {
            report.AppendLine("  FAILED " + failure);
        }

        return report.ToString();
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
