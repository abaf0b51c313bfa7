using Microsoft.Extensions.Options;

namespace Bot.Storage.Embedded;

/// <summary>Checks <see cref="EmbeddedPostgresOptions"/>, naming each setting that is wrong.</summary>
public sealed class EmbeddedPostgresOptionsValidator : IValidateOptions<EmbeddedPostgresOptions>
{
    private const string Prefix = EmbeddedPostgresOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, EmbeddedPostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory) || !Path.IsPathFullyQualified(options.DataDirectory))
        {
            failures.Add($"{Prefix}DataDirectory must be an absolute folder path (got '{options.DataDirectory}').");
        }

        if (string.IsNullOrWhiteSpace(options.ServerUser) || !options.ServerUser.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            failures.Add($"{Prefix}ServerUser must be a system user name such as 'postgres' (got '{options.ServerUser}').");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"{Prefix}Port must be 0 (any free port) or a port number up to 65535 (got {options.Port}).");
        }

        if (options.StartTimeout < TimeSpan.FromSeconds(1) || options.StartTimeout > TimeSpan.FromMinutes(30))
        {
            failures.Add($"{Prefix}StartTimeout must be between 00:00:01 and 00:30:00 (got {options.StartTimeout}).");
        }

        if (string.IsNullOrWhiteSpace(options.Database) || !options.Database.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            failures.Add($"{Prefix}Database must use lower-case letters, digits and '_' only (got '{options.Database}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
