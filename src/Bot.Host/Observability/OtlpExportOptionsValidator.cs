using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Host.Observability;

/// <summary>Checks <see cref="OtlpExportOptions"/>, naming each variable that is wrong.</summary>
public sealed class OtlpExportOptionsValidator : IValidateOptions<OtlpExportOptions>
{
    public ValidateOptionsResult Validate(string? name, OtlpExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.Endpoint))
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{OtlpExportOptions.EndpointKey} must be an absolute http or https URL (got '{options.Endpoint}').");
        }

        if (options.Protocol is not (OtlpExportOptions.Grpc or OtlpExportOptions.HttpProtobuf))
        {
            failures.Add($"{OtlpExportOptions.ProtocolKey} must be 'grpc' or 'http/protobuf' (got '{options.Protocol}').");
        }

        if (!int.TryParse(options.ExportInterval, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) || milliseconds < 100)
        {
            failures.Add($"{OtlpExportOptions.IntervalKey} must be a whole number of milliseconds, at least 100 (got '{options.ExportInterval}').");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add($"{OtlpExportOptions.ServiceNameKey} must not be blank.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
