using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> at start-up, naming each setting that is wrong (never its secret value).</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Prefix = DiscordOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add($"{Prefix}Token is required (the bot token from the Developer Portal; set it in the environment, e.g. BOT_DISCORD_TOKEN).");
        }
        else if (options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || options.Token.Any(char.IsWhiteSpace))
        {
            failures.Add($"{Prefix}Token must be the bare token, without a 'Bot ' prefix or spaces.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}ApiBaseUrl must be an absolute http or https URL (got '{options.ApiBaseUrl}').");
        }

        if (options.GuildIds.Any(id => id == 0))
        {
            failures.Add($"{Prefix}GuildIds must hold guild ids (snowflakes), not 0.");
        }

        if (options.ShardCount is < 1 or > 65_536)
        {
            failures.Add($"{Prefix}ShardCount must be between 1 and 65536 (got {options.ShardCount}).");
        }

        if (options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            failures.Add($"{Prefix}ShardId must be between 0 and {Prefix}ShardCount - 1 (got {options.ShardId}, ShardCount {options.ShardCount}).");
        }

        if (options.Intents < 0)
        {
            failures.Add($"{Prefix}Intents must be a non-negative bit set (got {options.Intents}).");
        }

        if (options.GlobalRequestsPerSecond is < 1 or > DiscordConstants.GlobalRequestsPerSecond)
        {
            failures.Add($"{Prefix}GlobalRequestsPerSecond must be between 1 and {DiscordConstants.GlobalRequestsPerSecond} (got {options.GlobalRequestsPerSecond}).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{Prefix}MaxRetries must be between 0 and 10 (got {options.MaxRetries}).");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Prefix}RetryDelay must be between 00:00:00 and 00:01:00 (got {options.RetryDelay}).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Prefix}RequestTimeout must be between 00:00:00.001 and 00:05:00 (got {options.RequestTimeout}).");
        }

        if (options.InvalidRequestLimit is < 1 or >= DiscordConstants.InvalidRequestBanLimit)
        {
            failures.Add($"{Prefix}InvalidRequestLimit must be between 1 and {DiscordConstants.InvalidRequestBanLimit - 1} (got {options.InvalidRequestLimit}).");
        }

        if (options.InvalidRequestSlowDownThreshold < 1 || options.InvalidRequestSlowDownThreshold > options.InvalidRequestLimit)
        {
            failures.Add($"{Prefix}InvalidRequestSlowDownThreshold must be between 1 and {Prefix}InvalidRequestLimit (got {options.InvalidRequestSlowDownThreshold}).");
        }

        if (options.ReconnectMaxDelay < TimeSpan.FromSeconds(1) || options.ReconnectMaxDelay > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Prefix}ReconnectMaxDelay must be between 00:00:01 and 00:10:00 (got {options.ReconnectMaxDelay}).");
        }

        if (options.DispatchQueueCapacity is < 1 or > 1_000_000)
        {
            failures.Add($"{Prefix}DispatchQueueCapacity must be between 1 and 1000000 (got {options.DispatchQueueCapacity}).");
        }

        if (options.MaxConcurrentHandlers is < 1 or > 256)
        {
            failures.Add($"{Prefix}MaxConcurrentHandlers must be between 1 and 256 (got {options.MaxConcurrentHandlers}).");
        }

        if (options.InteractionDeferAfter <= TimeSpan.Zero || options.InteractionDeferAfter >= DiscordConstants.InteractionDeadline)
        {
            failures.Add($"{Prefix}InteractionDeferAfter must be positive and shorter than 00:00:03, Discord's deadline (got {options.InteractionDeferAfter}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
