namespace Bot.Discord.Commands;

/// <summary>How the app must be installed for a command to show (<c>integration_types</c>).</summary>
public enum ApplicationIntegrationType
{
    GuildInstall = 0,
    UserInstall = 1,
}
