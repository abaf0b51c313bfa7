using Microsoft.Extensions.Options;

namespace Bot.Host.Scheduling;

/// <summary>Checks <see cref="RetentionOptions"/>, naming each setting that is wrong.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    private const string Prefix = RetentionOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ArticleTextDays is < 1 or > 36_500)
        {
            failures.Add($"{Prefix}ArticleTextDays must be between 1 and 36500 (got {options.ArticleTextDays}).");
        }

        if (options.IdentityDays < options.ArticleTextDays || options.IdentityDays > 36_500)
        {
            failures.Add($"{Prefix}IdentityDays must be at least ArticleTextDays ({options.ArticleTextDays}) and at most 36500 (got {options.IdentityDays}).");
        }

        if (options.Interval < TimeSpan.FromSeconds(1) || options.Interval > TimeSpan.FromDays(1))
        {
            failures.Add($"{Prefix}Interval must be between 00:00:01 and 1.00:00:00 (got {options.Interval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
