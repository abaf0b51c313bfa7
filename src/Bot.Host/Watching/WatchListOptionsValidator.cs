using Bot.Core.Lexicon;
using Bot.Core.Rules;
using Bot.Core.Sources;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.Options;

namespace Bot.Host.Watching;

/// <summary>
/// Checks the configured sources and rules, naming each setting that is wrong. Intervals may not be shorter than
/// <c>Bot:Polling:MinInterval</c> (1 minute unless lowered, as tests do).
/// </summary>
public sealed class WatchListOptionsValidator(IOptions<PollScheduleOptions> schedule) : IValidateOptions<WatchListOptions>, IValidateOptions<PollingOptions>
{
    internal static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    private TimeSpan MinInterval => schedule.Value.MinInterval;

    public ValidateOptionsResult Validate(string? name, WatchListOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var sourceNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var key = $"Bot:Sources:{i}";
            if (!IsSourceName(source.Name))
            {
                failures.Add($"{key}:Name must be 1-64 letters, digits, '-', '_' or '.' (got '{source.Name}').");
            }
            else if (!sourceNames.Add(source.Name))
            {
                failures.Add($"{key}:Name '{source.Name}' is used by another source; names must be unique.");
            }

            if (source.Url is null || !source.Url.IsAbsoluteUri || (source.Url.Scheme != Uri.UriSchemeHttp && source.Url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{key}:Url must be an absolute http or https URL (got '{source.Url}').");
            }

            if (source.Interval is { } interval && !IsInterval(interval))
            {
                failures.Add($"{key}:Interval must be between {MinInterval} (Bot:Polling:MinInterval) and {MaxInterval} (got {interval}).");
            }

            if (source.Language is { } declared && SourceLanguages.Normalize(declared) != declared)
            {
                failures.Add($"{key}:Language must be one of {string.Join(", ", SourceLanguages.Supported)} (got '{declared}').");
            }
        }

        var ruleNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            var key = $"Bot:Rules:{i}";
            var ruleName = rule.EffectiveName;
            if (ruleName.Length is 0 or > 100)
            {
                failures.Add($"{key}:Name must be 1-100 characters (got '{rule.Name}').");
            }
            else if (!ruleNames.Add(ruleName))
            {
                failures.Add($"{key}:Name '{ruleName}' is used by another rule; names must be unique.");
            }

            var hasQuery = !string.IsNullOrWhiteSpace(rule.Query);
            var hasPreset = !string.IsNullOrWhiteSpace(rule.Preset);
            if (hasQuery == hasPreset)
            {
                failures.Add($"{key} must set exactly one of Query (a rule such as \"actor:russia NEAR/10 stance:denial\") or Preset ({string.Join(", ", Presets.Names)}).");
            }
            else if (hasPreset && Presets.Query(rule.Preset!.Trim()) is null)
            {
                failures.Add($"{key}:Preset must be one of {string.Join(", ", Presets.Names)} (got '{rule.Preset}').");
            }

            if (rule.MentionRole is not null && rule.Channel is null)
            {
                failures.Add($"{key}:MentionRole needs {key}:Channel: a role can only be mentioned in a Discord channel.");
            }

            if (hasQuery && !hasPreset)
            {
                try
                {
                    RuleParser.Parse(rule.Query!, ConceptLexicon.Default);
                }
                catch (RuleSyntaxException ex)
                {
                    failures.Add($"{key}:Query: {ex.Message}");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, PollingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsInterval(options.DefaultInterval)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PollingOptions.SectionName}:DefaultInterval must be between {MinInterval} (Bot:Polling:MinInterval) and {MaxInterval} (got {options.DefaultInterval}).");
    }

    private bool IsInterval(TimeSpan interval) => interval >= MinInterval && interval <= MaxInterval;

    private static bool IsSourceName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
