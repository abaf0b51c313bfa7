using Microsoft.Extensions.Options;

namespace Bot.Pipeline.FullText;

/// <summary>Checks <see cref="FullTextOptions"/>, naming each setting that is wrong, all at once.</summary>
public sealed class FullTextOptionsValidator : IValidateOptions<FullTextOptions>
{
    private const string Prefix = FullTextOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, FullTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, "SummaryLength", options.SummaryLength, 0, 100_000);
        Check(failures, "MaxPagesPerPoll", options.MaxPagesPerPoll, 1, 100);
        Check(failures, "MaxPageBytes", options.MaxPageBytes, 16 * 1024, 5 * 1024 * 1024);
        Check(failures, "PageTimeout", options.PageTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(2));
        Check(failures, "ExtractionTimeout", options.ExtractionTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30));
        Check(failures, "PollBudget", options.PollBudget, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        if (options.PollBudget < options.PageTimeout)
        {
            // Otherwise the first page could use more than the whole poll may.
            failures.Add($"{Prefix}PollBudget must be at least {Prefix}PageTimeout (got {options.PollBudget} < {options.PageTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check<T>(List<string> failures, string key, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{Prefix}{key} must be between {min} and {max} (got {value}).");
        }
    }
}
