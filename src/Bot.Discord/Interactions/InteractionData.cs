using Bot.Discord.Commands;
using Bot.Discord.Rest;

namespace Bot.Discord.Interactions;

/// <summary>The command invoked: its default (unlocalised) name and the options given.</summary>
public sealed record InteractionData(
    Snowflake Id,
    string Name,
    ApplicationCommandType Type,
    IReadOnlyList<InteractionOption>? Options = null,
    Snowflake? GuildId = null,
    Snowflake? TargetId = null);
