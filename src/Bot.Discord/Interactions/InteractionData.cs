using Bot.Discord.Commands;
using Bot.Discord.Rest;

namespace Bot.Discord.Interactions;

/// <summary>
/// The command invoked (its default, unlocalised name and the options given), or for a MESSAGE_COMPONENT the
/// clicked component's <see cref="CustomId"/> and <see cref="ComponentType"/> (such data has no id, name or type).
/// </summary>
public sealed record InteractionData(
    Snowflake Id = default,
    string Name = "",
    ApplicationCommandType Type = ApplicationCommandType.ChatInput,
    IReadOnlyList<InteractionOption>? Options = null,
    Snowflake? GuildId = null,
    Snowflake? TargetId = null,
    string? CustomId = null,
    ComponentType? ComponentType = null);
