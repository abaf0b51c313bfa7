namespace Bot.Core.Watching;

/// <summary>Where a stored rule came from, which decides whether start-up may change it.</summary>
public enum RuleOrigin
{
    /// <summary>The configuration (<c>Bot:Rules</c>, or the default watch list); replaced at every start-up.</summary>
    Configuration,

    /// <summary>A moderator's command (<c>/watch add</c>, <c>bot watch add</c>); kept until removed.</summary>
    Command,
}
