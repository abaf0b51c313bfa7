namespace Bot.Commands;

/// <summary>Who may run a command.</summary>
public enum CommandAccess
{
    /// <summary>Any member of the guild (lookups).</summary>
    Member,

    /// <summary>Members with Manage Server, or a configured moderator role (changes).</summary>
    Moderator,
}
