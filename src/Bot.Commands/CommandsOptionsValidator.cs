using Microsoft.Extensions.Options;

namespace Bot.Commands;

/// <summary>Checks <see cref="CommandsOptions"/> at start-up, naming every setting that is wrong.</summary>
public sealed class CommandsOptionsValidator : IValidateOptions<CommandsOptions>
{
    private const string Prefix = CommandsOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, CommandsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.DryRunMaxDays is < 1 or > 365)
        {
            failures.Add($"{Prefix}DryRunMaxDays must be between 1 and 365 (got {options.DryRunMaxDays}).");
        }

        if (options.DryRunDefaultDays < 1 || options.DryRunDefaultDays > options.DryRunMaxDays)
        {
            failures.Add($"{Prefix}DryRunDefaultDays must be between 1 and {Prefix}DryRunMaxDays ({options.DryRunMaxDays}) (got {options.DryRunDefaultDays}).");
        }

        if (options.DryRunMaxArticles is < 1 or > 100_000)
        {
            failures.Add($"{Prefix}DryRunMaxArticles must be between 1 and 100000 (got {options.DryRunMaxArticles}).");
        }

        if (options.ModeratorRoleIds.Any(id => id == 0))
        {
            failures.Add($"{Prefix}ModeratorRoleIds must hold Discord role ids (got 0).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
