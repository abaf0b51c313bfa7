using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Core.Lexicon;
using Bot.Core.Matching;
using Bot.Core.Rules;
using Bot.Core.Text;
using Bot.Feeds.Extraction;

namespace Bot.Host.Cli;

/// <summary>
/// <c>bot match --rule "&lt;query&gt;" FILE...</c> or <c>bot match --preset NAME FILE...</c>: matches articles
/// against one rule and prints one JSON object per file. Exit 0 whether or not anything matched, 2 for a rule that
/// does not parse (message on standard error), 66 when a file cannot be read. A file is plain text (UTF-8) unless it
/// is an HTML page (by its name, .html or .htm, or by how it begins): then its headline and main text are matched,
/// as the bot reads an article's page, and the evidence offsets are into that text.
/// </summary>
internal static class MatchCommand
{
    public const int RuleError = 2;
    public const int NoInput = 66;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create()
    {
        var rule = new Option<string>("--rule") { Description = "A rule in the rule language, e.g. \"(actor:russia NEAR/15 stance:denial) AND topic:cyber\"." };
        var preset = new Option<string>("--preset") { Description = $"A shipped rule: {string.Join(", ", Presets.Names)}." };
        var files = new Argument<FileInfo[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Articles: plain text (UTF-8), or HTML pages (.html, .htm), whose headline and main text are matched." };
        var command = new Command("match", "Match articles (text files or HTML pages) against one rule; print one JSON line per file.") { rule, preset, files };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(rule), parse.GetValue(preset), parse.GetValue(files) ?? [], Console.Out, Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string? query, string? preset, IReadOnlyList<FileInfo> files, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        WatchRule rule;
        try
        {
            rule = Resolve(query, preset);
        }
        catch (RuleSyntaxException ex)
        {
            errors.WriteLine($"--rule: {ex.Message}");
            return RuleError;
        }
        catch (ArgumentException ex)
        {
            errors.WriteLine(ex.Message);
            return RuleError;
        }

        var ruleSet = CompiledRuleSet.Compile([rule]);
        var exitCode = Hosting.ExitCodes.Success;
        foreach (var file in files)
        {
            string text;
            try
            {
                text = await ReadArticleAsync(file, errors, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"{file}: {ex.Message}");
                exitCode = NoInput;
                continue;
            }

            var matches = ruleSet.Match(text);
            var match = matches.Count > 0 ? matches[0] : null;
            var line = new MatchLine(
                file.ToString(),
                match is not null,
                rule.Name,
                match?.Language ?? LanguageDetector.Detect(text),
                match?.Concepts ?? [],
                match?.Sentences.Select(s => new EvidenceLine(s.Text, s.Start, s.End)).ToList() ?? []);
            output.WriteLine(JsonSerializer.Serialize(line, Json));
        }

        return exitCode;
    }

    // Plain text as it is; a page's headline and main text, as the bot reads an article's page (a page with no
    // main text found is matched on its headline, and said so).
    private static async Task<string> ReadArticleAsync(FileInfo file, TextWriter errors, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        if (!IsHtml(file, bytes))
        {
            // As File.ReadAllText reads it: UTF-8 unless a byte order mark says otherwise.
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(cancellationToken);
        }

        var page = await ArticleExtractor.ExtractAsync(bytes, contentType: null, options: null, cancellationToken);
        if (page.Status != ExtractionStatus.Extracted)
        {
            errors.WriteLine($"{file}: no article text found in the page ({page.Status}); matched on its headline only");
        }

        return page.Headline.Length == 0 ? page.Text : $"{page.Headline}\n\n{page.Text}";
    }

    private static bool IsHtml(FileInfo file, ReadOnlySpan<byte> bytes)
    {
        if (file.Extension.ToLowerInvariant() is ".html" or ".htm" or ".xhtml")
        {
            return true;
        }

        var start = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static WatchRule Resolve(string? query, string? preset)
    {
        if (string.IsNullOrWhiteSpace(query) == string.IsNullOrWhiteSpace(preset))
        {
            throw new ArgumentException($"give exactly one of --rule \"<query>\" or --preset NAME ({string.Join(", ", Presets.Names)})");
        }

        if (preset is not null && !string.IsNullOrWhiteSpace(preset))
        {
            return Presets.Rule(preset.Trim())
                ?? throw new ArgumentException($"--preset: there is no preset '{preset}'; use one of {string.Join(", ", Presets.Names)}");
        }

        var parsed = RuleParser.Parse(query!, ConceptLexicon.Default);
        return new WatchRule(parsed.ToString(), parsed);
    }

    private sealed record MatchLine(string File, bool Matched, string Rule, string Language, IReadOnlyList<string> Concepts, IReadOnlyList<EvidenceLine> Evidence);

    private sealed record EvidenceLine(string Text, int Start, int End);
}
