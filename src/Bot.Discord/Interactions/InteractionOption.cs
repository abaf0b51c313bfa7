using System.Text.Json;
using Bot.Discord.Commands;

namespace Bot.Discord.Interactions;

/// <summary>An option the user filled in: a value, or nested options for a subcommand or group.</summary>
public sealed record InteractionOption(
    string Name,
    ApplicationCommandOptionType Type,
    JsonElement? Value = null,
    IReadOnlyList<InteractionOption>? Options = null,
    bool? Focused = null);
