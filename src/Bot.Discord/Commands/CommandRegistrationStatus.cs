namespace Bot.Discord.Commands;

public enum CommandRegistrationStatus
{
    /// <summary>Same hash as last time: nothing sent.</summary>
    Unchanged,

    /// <summary>Sent and accepted.</summary>
    Registered,

    /// <summary>Refused locally (invalid definitions) or by Discord.</summary>
    Failed,
}
