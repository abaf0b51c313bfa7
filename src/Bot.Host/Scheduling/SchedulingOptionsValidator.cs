using Microsoft.Extensions.Options;

namespace Bot.Host.Scheduling;

/// <summary>Checks <see cref="SchedulingOptions"/>, naming each setting that is wrong.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    private const string Prefix = SchedulingOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SchedulerName) || options.SchedulerName.Length > 100)
        {
            failures.Add($"{Prefix}SchedulerName must be 1-100 characters (got '{options.SchedulerName}').");
        }

        if (options.DeliveryInterval < TimeSpan.FromSeconds(1) || options.DeliveryInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{Prefix}DeliveryInterval must be between 00:00:01 and 01:00:00 (got {options.DeliveryInterval}).");
        }

        if (options.DueCheckInterval < TimeSpan.FromSeconds(1) || options.DueCheckInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Prefix}DueCheckInterval must be between 00:00:01 and 00:05:00 (got {options.DueCheckInterval}).");
        }

        if (options.ClusterCheckinInterval < TimeSpan.FromSeconds(1) || options.ClusterCheckinInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Prefix}ClusterCheckinInterval must be between 00:00:01 and 00:05:00 (got {options.ClusterCheckinInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
