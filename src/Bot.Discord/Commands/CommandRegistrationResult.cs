using Bot.Discord.Rest;

namespace Bot.Discord.Commands;

/// <summary>What happened to the command set in one scope. <paramref name="Problems"/> lists local validation failures.</summary>
public sealed record CommandRegistrationResult(string Scope, CommandRegistrationStatus Status, DiscordError? Error = null, IReadOnlyList<string>? Problems = null);
