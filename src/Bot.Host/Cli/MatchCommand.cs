using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Core.Lexicon;
using Bot.Core.Matching;
using Bot.Core.Rules;
using Bot.Core.Text;

namespace Bot.Host.Cli;

/// <summary>
/// <c>bot match --rule "&lt;query&gt;" FILE...</c> or <c>bot match --preset NAME FILE...</c>: matches plain-text
/// articles against one rule and prints one JSON object per file. Exit 0 whether or not anything matched, 2 for a
/// rule that does not parse (message on standard error), 66 when a file cannot be read.
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
        var files = new Argument<FileInfo[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Plain-text articles (UTF-8)." };
        var command = new Command("match", "Match text files against one rule; print one JSON line per file.") { rule, preset, files };
        command.SetAction(parse => Run(parse.GetValue(rule), parse.GetValue(preset), parse.GetValue(files) ?? [], Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string? query, string? preset, IReadOnlyList<FileInfo> files, TextWriter output, TextWriter errors)
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
                text = File.ReadAllText(file.FullName);
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
