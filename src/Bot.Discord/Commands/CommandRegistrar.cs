using System.Security.Cryptography;
using System.Text.Json;
using Bot.Discord.Interactions;
using Bot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

/// <summary>
/// Registers the commands defined in code with one bulk overwrite per scope — the guilds in
/// <see cref="DiscordOptions.GuildIds"/> when set, globally otherwise — and only when their hash changed, which
/// spares Discord's 200-creates-a-day quota and our rate limits.
/// </summary>
public sealed class CommandRegistrar(
    IServiceScopeFactory scopes,
    IDiscordRestClient rest,
    ICommandRegistrationStore store,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task<IReadOnlyList<CommandRegistrationResult>> RegisterAsync(Snowflake applicationId, CancellationToken cancellationToken)
    {
        IReadOnlyList<CommandDefinition> definitions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            definitions = [.. scope.ServiceProvider.GetServices<ICommandHandler>().Select(h => h.Definition).OrderBy(d => d.Name, StringComparer.Ordinal)];
        }

        var guilds = options.Value.GuildIds;
        var scopeNames = guilds.Count == 0 ? [$"{applicationId}/global"] : guilds.Select(g => $"{applicationId}/guild/{g}").ToList();
        var problems = CommandDefinitionValidator.Validate(definitions);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                Log.CommandDefinitionInvalid(logger, problem);
            }

            return [.. scopeNames.Select(s => new CommandRegistrationResult(s, CommandRegistrationStatus.Failed, Problems: problems))];
        }

        var hash = Hash(definitions);
        var results = new List<CommandRegistrationResult>();
        for (var i = 0; i < scopeNames.Count; i++)
        {
            var scopeName = scopeNames[i];
            if (string.Equals(await store.GetHashAsync(scopeName, cancellationToken), hash, StringComparison.Ordinal))
            {
                Log.CommandsUnchanged(logger, scopeName);
                results.Add(new CommandRegistrationResult(scopeName, CommandRegistrationStatus.Unchanged));
                continue;
            }

            var sent = guilds.Count == 0
                ? await rest.BulkOverwriteGlobalCommandsAsync(applicationId, definitions, cancellationToken)
                : await rest.BulkOverwriteGuildCommandsAsync(applicationId, new Snowflake(guilds[i]), definitions, cancellationToken);
            if (!sent.IsSuccess)
            {
                Log.CommandRegistrationFailed(logger, scopeName, sent.Error.ToString());
                results.Add(new CommandRegistrationResult(scopeName, CommandRegistrationStatus.Failed, sent.Error));
                continue;
            }

            await store.SaveHashAsync(scopeName, hash, cancellationToken);
            Log.CommandsRegistered(logger, scopeName, sent.Value.Count);
            results.Add(new CommandRegistrationResult(scopeName, CommandRegistrationStatus.Registered));
        }

        return results;
    }

    /// <summary>SHA-256 of exactly the JSON that would be sent.</summary>
    internal static string Hash(IReadOnlyList<CommandDefinition> definitions) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(definitions, DiscordJsonContext.Default.IReadOnlyListCommandDefinition)));
}
