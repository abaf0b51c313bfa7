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
        }

        var ruleNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            var key = $"Bot:Rules:{i}";
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 100)
            {
                failures.Add($"{key}:Name must be 1-100 characters (got '{rule.Name}').");
            }
            else if (!ruleNames.Add(rule.Name.Trim()))
            {
                failures.Add($"{key}:Name '{rule.Name}' is used by another rule; names must be unique.");
            }

            if (rule.Require.Count == 0)
            {
                failures.Add($"{key}:Require must list at least one group of terms, such as \"Kremlin|Russia\".");
            }

            for (var g = 0; g < rule.Require.Count; g++)
            {
                if (ConfiguredWatchRuleProvider.SplitGroup(rule.Require[g]).Count == 0)
                {
                    failures.Add($"{key}:Require:{g} must hold at least one term; separate alternatives with '|' (got '{rule.Require[g]}').");
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
