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

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{Prefix}MaxRetries must be between 0 and 10 (got {options.MaxRetries}).");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Prefix}RetryDelay must be between 00:00:00 and 00:01:00 (got {options.RetryDelay}).");
        }

        if (options.MaxResponseBytes is < 1024 or > 100L * 1024 * 1024)
        {
            failures.Add($"{Prefix}MaxResponseBytes must be between 1024 and 104857600 (got {options.MaxResponseBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
