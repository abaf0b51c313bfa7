namespace Bot.Commands;

/// <summary>How a command ended; the command line turns it into an exit code.</summary>
public enum CommandOutcome
{
    /// <summary>Done (exit 0).</summary>
    Success,

    /// <summary>An option is missing or wrong, or a rule does not parse (exit 2).</summary>
    InvalidInput,

    /// <summary>No rule or concept of that name (exit 65).</summary>
    NotFound,

    /// <summary>The name is taken, or the thing is already in that state (exit 65).</summary>
    Conflict,

    /// <summary>The invoker may not do this (exit 77).</summary>
    Denied,
}
