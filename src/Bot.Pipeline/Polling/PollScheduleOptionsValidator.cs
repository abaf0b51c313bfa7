using Microsoft.Extensions.Options;

namespace Bot.Pipeline.Polling;

/// <summary>Checks <see cref="PollScheduleOptions"/>, naming each setting that is wrong.</summary>
public sealed class PollScheduleOptionsValidator : IValidateOptions<PollScheduleOptions>
{
    private const string Prefix = PollScheduleOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, PollScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var second = TimeSpan.FromSeconds(1);
        var week = TimeSpan.FromDays(7);
        Check(failures, "MinInterval", options.MinInterval, second, TimeSpan.FromDays(1));
        Check(failures, "MaxBackoff", options.MaxBackoff, options.MinInterval, week, $"{Prefix}MinInterval");
        Check(failures, "MaxDelay", options.MaxDelay, options.MinInterval, week, $"{Prefix}MinInterval");
        Check(failures, "PauseAfter", options.PauseAfter, second, TimeSpan.FromDays(30));
        Check(failures, "ClaimGrace", options.ClaimGrace, second, TimeSpan.FromHours(1));
        if (options.MaxConcurrentPolls is < 1 or > 1000)
        {
            failures.Add($"{Prefix}MaxConcurrentPolls must be between 1 and 1000 (got {options.MaxConcurrentPolls}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max, string? minName = null)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Prefix}{key} must be between {minName ?? min.ToString()} and {max} (got {value}).");
        }
    }
}
