namespace Bot.Commands;

/// <summary>The Discord permission bits commands look at.</summary>
public static class CommandPermissions
{
    /// <summary>ADMINISTRATOR (bit 3): every permission.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>MANAGE_GUILD, "Manage Server" (bit 5, decimal 32): what managing commands require.</summary>
    public const ulong ManageGuild = 1UL << 5;

    /// <summary><see cref="ManageGuild"/> as Discord's <c>default_member_permissions</c> string.</summary>
    public const string ManageGuildText = "32";
}
