using System.Net;
using Microsoft.Extensions.Options;

namespace Bot.Host.Observability;

/// <summary>Checks <see cref="HealthOptions"/>, naming each setting that is wrong.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    private const string Prefix = HealthOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
        {
            failures.Add($"{Prefix}Port must be between 0 and 65535, or unset to turn the listener off (got {options.Port}).");
        }

        if (options.Address != HealthOptions.AnyAddress && !IPAddress.TryParse(options.Address, out _))
        {
            failures.Add($"{Prefix}Address must be '*' or an IP address such as 127.0.0.1 (got '{options.Address}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
