namespace Bot.Discord.Commands;

/// <summary>
/// A command as code, serialised as Discord's command object. <see cref="DefaultMemberPermissions"/> is a decimal
/// permission bit set (<c>"32"</c> = Manage Server, <c>"0"</c> = administrators only, null = everyone). Contexts and
/// integration types default to guilds only, set explicitly because new apps default to user installs too.
/// </summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string>? NameLocalizations = null,
    IReadOnlyDictionary<string, string>? DescriptionLocalizations = null,
    IReadOnlyList<CommandOption>? Options = null,
    string? DefaultMemberPermissions = null,
    ApplicationCommandType Type = ApplicationCommandType.ChatInput)
{
    public IReadOnlyList<InteractionContextType> Contexts { get; init; } = [InteractionContextType.Guild];

    public IReadOnlyList<ApplicationIntegrationType> IntegrationTypes { get; init; } = [ApplicationIntegrationType.GuildInstall];
}
