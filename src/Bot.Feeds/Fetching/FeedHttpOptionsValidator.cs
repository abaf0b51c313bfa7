using System.Net;
using Microsoft.Extensions.Options;

namespace Bot.Feeds.Fetching;

/// <summary>Checks <see cref="FeedHttpOptions"/> at start-up, naming each setting that is wrong.</summary>
public sealed class FeedHttpOptionsValidator : IValidateOptions<FeedHttpOptions>
{
    private const string Prefix = FeedHttpOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, FeedHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.ContactUrl.IsAbsoluteUri || (options.ContactUrl.Scheme != Uri.UriSchemeHttps && options.ContactUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}ContactUrl must be an absolute http or https URL (got '{options.ContactUrl}').");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Prefix}Timeout must be between 00:00:00.001 and 00:10:00 (got {options.Timeout}).");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > options.Timeout)
        {
            failures.Add($"{Prefix}AttemptTimeout must be positive and no longer than {Prefix}Timeout (got {options.AttemptTimeout}, Timeout {options.Timeout}).");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero || (options.AttemptTimeout > TimeSpan.Zero && options.ConnectTimeout > options.AttemptTimeout))
        {
            failures.Add($"{Prefix}ConnectTimeout must be positive and no longer than {Prefix}AttemptTimeout (got {options.ConnectTimeout}, AttemptTimeout {options.AttemptTimeout}).");
        }

        Range(failures, "MaxRetries", options.MaxRetries, 0, 10);
        Range(failures, "RetryDelay", options.RetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(failures, "MaxResponseBytes", options.MaxResponseBytes, 1024, 100L * 1024 * 1024);
        Range(failures, "MaxRedirects", options.MaxRedirects, 0, 20);
        Range(failures, "PerHostConcurrency", options.PerHostConcurrency, 1, 1000);
        Range(failures, "BreakerMinimumThroughput", options.BreakerMinimumThroughput, 0, 1000);
        Range(failures, "PerHostDelay", options.PerHostDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(failures, "BreakerSamplingDuration", options.BreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        Range(failures, "BreakDuration", options.BreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        for (var i = 0; i < options.AllowedNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.AllowedNetworks[i], out _))
            {
                failures.Add($"{Prefix}AllowedNetworks:{i} must be a network in CIDR notation, such as 127.0.0.0/8 or fd00::/8 (got '{options.AllowedNetworks[i]}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range<T>(List<string> failures, string key, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{Prefix}{key} must be between {min} and {max} (got {value}).");
        }
    }
}
